import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { MetadataInspection } from '../../../shared/model/saml-metadata';
import { useApi } from '../../api/api-context';

/** The metadata a wizard is working with and its inspection, re-run when BOM or entity choice change. */
export interface MetadataDraft {
  xml: string;
  origin: string;
  stripBom: boolean;
  entityId?: string;
}

/** Inspects the metadata draft with the backend whenever it changes. */
export function useMetadataInspection(draft: MetadataDraft | undefined): { inspection?: MetadataInspection; error?: ApiError; checking: boolean } {
  const api = useApi();
  const [state, setState] = useState<{ inspection?: MetadataInspection; error?: ApiError; checking: boolean }>({ checking: false });
  useEffect(() => {
    if (!draft) return setState({ checking: false });
    let live = true;
    setState({ checking: true });
    void api.call('saml.inspectMetadata', { xml: draft.xml, stripBom: draft.stripBom, ...(draft.entityId ? { entityId: draft.entityId } : {}) }).then((r) => {
      if (live) setState(r.ok ? { inspection: r.value, checking: false } : { error: r.error, checking: false });
    });
    return () => {
      live = false;
    };
  }, [api, draft]);
  return state;
}
