import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { IamTagListSchema, type IamTag } from '../../../shared/logic/iam-names';

/** Edits IAM resource tags, checking them with IAM's own rules as you type. */
export function TagsEditor({ value, onChange }: { value: IamTag[]; onChange: (tags: IamTag[]) => void }): ReactNode {
  const check = IamTagListSchema.safeParse(value);
  const problem = check.success ? undefined : check.error.issues[0];
  const set = (i: number, patch: Partial<IamTag>): void => onChange(value.map((t, j) => (i === j ? { ...t, ...patch } : t)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>Tags</Text>
      {value.map((tag, i) => (
        <Group key={i} gap="xs" align="flex-start">
          <TextInput aria-label={`Tag ${i + 1} key`} placeholder="Key" value={tag.key} onChange={(e) => set(i, { key: e.currentTarget.value })} />
          <TextInput aria-label={`Tag ${i + 1} value`} placeholder="Value" value={tag.value} onChange={(e) => set(i, { value: e.currentTarget.value })} />
          <ActionIcon variant="subtle" color="gray" aria-label={`Remove tag ${i + 1}`} onClick={() => onChange(value.filter((_, j) => j !== i))} mt={6}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {problem && <Text size="sm" c="red">{problem.message}</Text>}
      <Group>
        <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => onChange([...value, { key: '', value: '' }])} disabled={value.length >= 50}>
          Add tag
        </Button>
      </Group>
    </Stack>
  );
}

/** Whether the tags pass IAM's rules. */
export function tagsValid(tags: IamTag[]): boolean {
  return IamTagListSchema.safeParse(tags).success;
}
