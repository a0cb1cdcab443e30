import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A small "← Section" link above a wizard that leads back to the list it was opened from. */
export function BackLink({ children, onClick }: { children: ReactNode; onClick: () => void }): ReactNode {
  return (
    <Anchor component="button" type="button" size="sm" onClick={onClick}>
      <Group gap={4}>
        <IconArrowLeft size={14} /> {children}
      </Group>
    </Anchor>
  );
}
