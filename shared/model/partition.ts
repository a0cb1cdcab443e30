import { z } from 'zod';

/** The AWS partitions Portcullis builds ARNs and sign-in URLs for. */
export const PartitionSchema = z.enum(['aws', 'aws-cn', 'aws-us-gov']);
export type Partition = z.infer<typeof PartitionSchema>;
