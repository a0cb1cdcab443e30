import { z } from 'zod';
import { contract, methodNames } from './contract';
import { eventNames, eventSchemas } from './events';

/** Every method with the JSON Schema of its arguments and result, for tooling and debugging. */
export function describeContract(): {
  methods: Array<{ name: string; summary: string; mutates: boolean; args: unknown; result: unknown }>;
  events: Array<{ name: string; payload: unknown }>;
} {
  const schema = (s: z.ZodType, io: 'input' | 'output'): unknown => z.toJSONSchema(s, { io, unrepresentable: 'any' });
  return {
    methods: methodNames.map((name) => {
      const spec = contract[name];
      return { name, summary: spec.summary, mutates: 'mutates' in spec && spec.mutates === true, args: schema(spec.args, 'input'), result: schema(spec.result, 'output') };
    }),
    events: eventNames.map((name) => ({ name, payload: schema(eventSchemas[name], 'output') })),
  };
}
