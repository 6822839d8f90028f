import { startSimulators } from './index.js';

/** `npm run simulators`: the four vendor simulators over one seeded company, until Ctrl-C. */
const started = Date.now();
const fleet = await startSimulators();
const { config, people } = fleet.company;
console.log(
  `Seeded company: ${people.length} people (seed ${config.seed}), generated in ${Date.now() - started} ms`,
);
for (const sim of Object.values(fleet.running))
  console.log(`  ${sim.vendor.padEnd(12)} ${sim.url}   (control: ${sim.url}/__sim/info)`);

const stop = async () => {
  await fleet.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
