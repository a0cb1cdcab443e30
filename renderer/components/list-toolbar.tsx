import { ActionIcon, Button, Group, TextInput, Tooltip, type GroupProps, type TextInputProps } from '@mantine/core';
import { IconDownload, IconRefresh, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';

type FilterInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'leftSection'> & { value: string; onChange: (value: string) => void };

/** The filter box of a list: a text input with a search icon that reports the text typed. */
export function FilterInput({ value, onChange, ...rest }: FilterInputProps): ReactNode {
  return <TextInput {...rest} leftSection={<IconSearch size={16} />} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
}

/** An icon button that reads a list again, named for screen readers after what it reloads. */
export function ReloadButton({ label, onClick, loading }: { label: string; onClick: () => void; loading: boolean }): ReactNode {
  return (
    <Tooltip label="Reload">
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={onClick} loading={loading}>
        <IconRefresh size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

/** The button that downloads a list as CSV; disabled while the list is empty. */
export function ExportCsvButton({ onClick, disabled, children = 'Export CSV' }: { onClick: () => void; disabled: boolean; children?: ReactNode }): ReactNode {
  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} onClick={onClick} disabled={disabled}>
      {children}
    </Button>
  );
}

/** The row above a list: its filter on the left, its actions (reload, export, create) on the right. */
export function ListToolbar({ filter, children, align }: { filter: ReactNode; children: ReactNode; align?: GroupProps['align'] }): ReactNode {
  return (
    <Group justify="space-between" align={align}>
      {filter}
      <Group gap="xs">{children}</Group>
    </Group>
  );
}
