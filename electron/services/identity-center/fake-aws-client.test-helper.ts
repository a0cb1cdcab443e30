import { vi } from 'vitest';

type Handler = (input: any) => unknown;

/** A stand-in SDK client answering each command by its class name, recording every call. */
export function fakeClient(handlers: Record<string, Handler>) {
  const calls: { command: string; input: any }[] = [];
  const send = vi.fn(async (command: { constructor: { name: string }; input: unknown }) => {
    const name = command.constructor.name.replace(/Command$/, '');
    calls.push({ command: name, input: command.input });
    const handler = handlers[name];
    if (!handler) throw new Error(`unexpected call ${name}`);
    return handler(command.input);
  });
  return { client: { send } as any, calls };
}

/** An error shaped like the SDK's service exceptions. */
export function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });
}
