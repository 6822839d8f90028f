import { startGateway } from './start.js';

/** `npm start`: the gateway, on simulators for every vendor without credentials. */
const running = await startGateway();
if (running.fleet) {
  const { people, config } = running.fleet.company;
  console.log(`Vendor simulators (seeded company: ${people.length} people, seed ${config.seed}):`);
  for (const sim of Object.values(running.fleet.running))
    console.log(`  ${sim.vendor.padEnd(12)} ${sim.url}`);
}
console.log(`AdminGraph GraphQL endpoint: ${running.url} (open it in a browser for GraphiQL)`);
if (running.localAdminKey) {
  console.log(`Local admin key (this run only; GraphiQL on this machine has it filled in):`);
  console.log(`  ${running.localAdminKey}`);
  console.log(
    `  curl -H 'Authorization: Bearer ${running.localAdminKey}' -H 'content-type: application/json' -d '{"query":"{ users(first: 1) { totalCount } }"}' ${running.url}`,
  );
  console.log(`  export ADMINGRAPH_KEY=${running.localAdminKey}   # for npx admingraph export / report`);
} else console.log('Requests authenticate with the configured ADMINGRAPH_API_KEYS or OIDC tokens.');
console.log(`Prometheus metrics: ${running.url}metrics (authenticated)`);

const stop = async () => {
  await running.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
