/** Compact service model the generator writes: only what the protocols and validation need. */
export type ShapeType =
  | 'structure'
  | 'list'
  | 'map'
  | 'string'
  | 'integer'
  | 'long'
  | 'boolean'
  | 'timestamp'
  | 'blob'
  | 'double'
  | 'float'
  | 'document';

export interface ShapeModel {
  type: ShapeType;
  /** Structure members: member name -> shape name. */
  members?: Record<string, string>;
  required?: string[];
  /** List member shape. */
  member?: string;
  key?: string;
  value?: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  sensitive?: boolean;
  /** Error shapes: the wire code, HTTP status and fault side. */
  error?: { code: string; status: number; fault: 'Sender' | 'Receiver' };
}

export interface OperationModel {
  input?: string;
  output?: string;
  resultWrapper?: string;
  errors: string[];
  /** True when the operation is not signed (AssumeRoleWithSAML). */
  unsigned?: boolean;
}

export interface ServiceModel {
  protocol: 'query' | 'json';
  apiVersion: string;
  signingName: string;
  xmlNamespace?: string;
  targetPrefix?: string;
  operations: Record<string, OperationModel>;
  shapes: Record<string, ShapeModel>;
}
