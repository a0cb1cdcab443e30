import { Alert, Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { SaveAccessKeysArgsSchema } from '../../../shared/contract/methods/connection-methods';
import type { ApiError } from '../../../shared/contract/errors';

/** What the add-keys form holds before it is sent. */
export interface KeysFormValues {
  label: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  endpoint: string;
}

/** Enter an IAM user's access keys; they go to the backend once and are never shown again. */
export function SaveKeysModal({ opened, onClose, onSave, memoryOnly, error }: { opened: boolean; onClose: () => void; onSave: (values: KeysFormValues) => Promise<boolean>; memoryOnly: boolean; error?: ApiError }): ReactNode {
  const form = useForm<KeysFormValues>({
    initialValues: { label: '', accessKeyId: '', secretAccessKey: '', region: 'us-east-1', endpoint: '' },
    validate: (values) => {
      const result = SaveAccessKeysArgsSchema.safeParse({ ...values, endpoint: values.endpoint.trim() || undefined });
      const errors: Record<string, string> = {};
      if (!result.success) for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
      return errors;
    },
  });
  const close = (): void => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Add access keys" size="lg">
      <form
        onSubmit={form.onSubmit(async (values) => {
          if (await onSave(values)) close();
        })}
      >
        <Stack>
          {memoryOnly ? (
            <Alert color="yellow" variant="light" title="Kept for this run only">
              In browser mode Portcullis keeps keys in memory and forgets them when it stops. The desktop app stores them encrypted with the system keychain.
            </Alert>
          ) : (
            <Alert color="blue" variant="light">
              The keys are stored encrypted with the system keychain. The secret is never shown again.
            </Alert>
          )}
          <TextInput label="Name" placeholder="alice at production" {...form.getInputProps('label')} />
          <TextInput label="Access key ID" placeholder="AKIA…" autoComplete="off" spellCheck={false} {...form.getInputProps('accessKeyId')} />
          <PasswordInput label="Secret access key" autoComplete="off" {...form.getInputProps('secretAccessKey')} />
          <TextInput label="Region" description="Where Identity Center and other regional services are called." {...form.getInputProps('region')} />
          <TextInput label="Custom endpoint (optional)" description="For LocalStack, moto or a sandbox started with npm run sandbox. Leave empty for AWS." placeholder="http://127.0.0.1:4566" {...form.getInputProps('endpoint')} />
          {error && !error.field && (
            <Alert color="red" variant="light" role="alert">
              {error.message} {error.remedy}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit">Save keys</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
