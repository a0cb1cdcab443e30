import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconFileUpload, IconWorldDownload } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';

/** Reads a file as UTF-8 keeping any BOM, so the inspector can say what IAM would reject. */
async function readFileText(file: File): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
}

/** Metadata in: drop or pick a file, paste XML, or give an https URL fetched by the backend. */
export function MetadataInput({ onXml }: { onXml: (xml: string, origin: string) => void }): ReactNode {
  const api = useApi();
  const [mode, setMode] = useState<'file' | 'paste' | 'url'>('file');
  const [pasted, setPasted] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<ApiError>();
  const [fetching, setFetching] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const takeFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setError(undefined);
    if (file.size > 12_000_000) {
      setError({ code: 'METADATA_INVALID', message: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; IAM accepts at most 10,000,000 characters.`, remedy: 'Use the metadata of your one IdP, not a federation aggregate.', retryable: false });
      return;
    }
    onXml(await readFileText(file), file.name);
  };

  const fetchUrl = async (): Promise<void> => {
    setFetching(true);
    setError(undefined);
    const result = await api.call('saml.fetchMetadata', { url });
    setFetching(false);
    if (!result.ok) return setError(result.error);
    onXml(result.value.xml, result.value.finalUrl);
  };

  return (
    <Stack gap="sm">
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v as typeof mode)}
        data={[
          { value: 'file', label: 'File' },
          { value: 'paste', label: 'Paste XML' },
          { value: 'url', label: 'URL' },
        ]}
        aria-label="How to provide the metadata"
        w="fit-content"
      />
      {mode === 'file' && (
        <Paper
          withBorder
          p="xl"
          radius="md"
          style={{ borderStyle: 'dashed', background: dragging ? 'var(--mantine-color-blue-light)' : undefined }}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void takeFile(e.dataTransfer.files[0]);
          }}
        >
          <Stack align="center" gap="xs">
            <IconFileUpload size={32} stroke={1.5} />
            <Text size="sm">Drop the IdP metadata file here (usually metadata.xml or FederationMetadata.xml)</Text>
            <Button variant="light" onClick={() => fileInput.current?.click()}>
              Choose a file…
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".xml,application/xml,text/xml,application/samlmetadata+xml"
              aria-label="Metadata file"
              style={{ display: 'none' }}
              onChange={(e) => {
                void takeFile(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </Stack>
        </Paper>
      )}
      {mode === 'paste' && (
        <Stack gap="xs">
          <Textarea label="Metadata XML" placeholder="<md:EntityDescriptor …" autosize minRows={6} maxRows={14} value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }} />
          <Group>
            <Button disabled={!pasted.trim()} onClick={() => onXml(pasted, 'pasted XML')}>
              Check the metadata
            </Button>
          </Group>
        </Stack>
      )}
      {mode === 'url' && (
        <Group align="flex-end">
          <TextInput label="Metadata URL" placeholder="https://idp.example.com/metadata.xml" value={url} onChange={(e) => setUrl(e.currentTarget.value)} style={{ flex: 1 }} description="Fetched by Portcullis over https only, with a 15-second timeout and a size cap." error={error?.field === 'url' ? `${error.message} ${error.remedy ?? ''}`.trim() : undefined} />
          <Button leftSection={<IconWorldDownload size={16} />} loading={fetching} disabled={!url.trim()} onClick={() => void fetchUrl()}>
            Fetch
          </Button>
        </Group>
      )}
      {error && !(mode === 'url' && error.field === 'url') && <ErrorAlert error={error} title="The metadata could not be read" onClose={() => setError(undefined)} />}
    </Stack>
  );
}
