// Runs the sandbox alone: npm run sandbox -- --port 4566 --state ./sandbox.json [--seed demo|empty|scale]
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startSandbox, type SeedName } from './index';
import { seedNames } from './seeds';

const usage = `Usage: npm run sandbox -- [--port 4566] [--state ./sandbox.json | --memory] [--seed demo|empty|scale] [--reset]
                          [--throttle-rate 0.1] [--error-rate 0.05] [--short-page-rate 0.3] [--latency-ms 50] [--clock-offset 0]`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

function rate(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 1) fail(`--${name} must be a number between 0 and 1.`);
  return n;
}

function integer(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n)) fail(`--${name} must be a whole number.`);
  return n;
}

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string', default: '4566' },
      host: { type: 'string', default: '127.0.0.1' },
      state: { type: 'string', default: './sandbox.json' },
      memory: { type: 'boolean', default: false },
      seed: { type: 'string', default: 'demo' },
      reset: { type: 'boolean', default: false },
      'throttle-rate': { type: 'string' },
      'error-rate': { type: 'string' },
      'short-page-rate': { type: 'string' },
      'latency-ms': { type: 'string' },
      'clock-offset': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (e) {
  fail((e as Error).message);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (!seedNames.includes(args.seed as SeedName)) fail(`Unknown seed ${args.seed}.`);

try {
  const sandbox = await startSandbox({
    port: integer('port', args.port),
    host: args.host,
    statePath: args.memory ? null : resolve(args.state),
    seed: args.seed as SeedName,
    reset: args.reset,
    faults: {
      throttleRate: rate('throttle-rate', args['throttle-rate']),
      serverErrorRate: rate('error-rate', args['error-rate']),
      shortPageRate: rate('short-page-rate', args['short-page-rate']),
      latencyMs: integer('latency-ms', args['latency-ms']),
      clockOffsetSeconds: integer('clock-offset', args['clock-offset']),
      seed: Date.now() & 0xffff,
    },
  });
  const { endpoint, region, accountId, credentials } = sandbox;
  console.log(`Portcullis sandbox listening on ${endpoint}
  account   ${accountId}
  region    ${region}
  state     ${args.memory ? '(memory only)' : resolve(args.state)}

These are the sandbox's own credentials (root of the local account), not AWS keys:

  export AWS_ACCESS_KEY_ID=${credentials.accessKeyId}
  export AWS_SECRET_ACCESS_KEY=${credentials.secretAccessKey}
  export AWS_DEFAULT_REGION=${region}

  aws --endpoint-url ${endpoint} iam list-users
  aws --endpoint-url ${endpoint} sts get-caller-identity
READY ${endpoint}`);
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`The sandbox could not start: ${(e as Error).message}`);
  process.exit(1);
}
