import type { IAMClient } from '@aws-sdk/client-iam';

/** An IAM client that counts every request it sends (retries included), and the count. */
export interface CountedIamClient {
  readonly client: IAMClient;
  calls(): number;
}

/**
 * Wraps the shared IAM client so one operation can count its own requests: the counter is
 * SDK middleware added to each command it sends (the deserialize step runs once per HTTP
 * attempt), so other features using the same client are not counted.
 */
export function countIamCalls(iam: IAMClient): CountedIamClient {
  let count = 0;
  const counter =
    (next: (args: unknown) => Promise<unknown>) =>
    async (args: unknown): Promise<unknown> => {
      count += 1;
      return next(args);
    };
  const client = Object.create(iam) as IAMClient;
  const send = (command: { middlewareStack: { add(m: unknown, o: unknown): void } }, ...rest: unknown[]): unknown => {
    command.middlewareStack.add(counter, { step: 'deserialize', name: 'portcullisCallCounter', override: true });
    return (iam.send as (...a: unknown[]) => unknown).call(iam, command, ...rest);
  };
  Object.defineProperty(client, 'send', { value: send });
  return { client, calls: () => count };
}
