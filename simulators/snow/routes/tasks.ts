import type { Router } from '../../core/router.js';
import type { SnowState } from '../state.js';
import { SNOW_BASE_PATH } from './base-path.js';

/** GET tasks/{id} (vendor doc v1.1.0, Tasks): the status of an asynchronous job such as a bulk update. */
export function addTaskRoutes(router: Router, state: SnowState): void {
  router.get(`${SNOW_BASE_PATH}/tasks/{id}`, 'getTask', (req) => {
    const task = state.task(req.params.id);
    return {
      body: {
        id: task.id,
        name: 'Bulk update users',
        status: task.status,
        description:
          task.status === 'Running'
            ? 'The bulk update is running.'
            : `The bulk update finished: ${task.summary!.successCount} updated, ${task.summary!.failedCount} failed.`,
        _links: [
          { href: `${SNOW_BASE_PATH}/users/bulk-update/${task.id}`, rel: 'bulk-update-users', method: 'GET' },
        ],
      },
    };
  });
}
