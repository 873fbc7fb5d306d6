import { z } from 'zod';
import { METADATA_TYPES } from '@tessera/db';
import { zId } from '../validation';
import { ZDatasetIdInput } from './dataset.schemas';

/** Schemas of the metadata-field routes the console and the knowledge API share. */
export const ZMetadataField = z.object({ id: z.string(), type: z.enum(METADATA_TYPES), name: z.string() });
export const ZMetadataFieldPath = ZDatasetIdInput.extend({ metadata_id: zId });
export const zMetadataName = z.string().trim().min(1).max(255, 'Metadata name cannot exceed 255 characters.');
export const ZNewMetadataField = ZDatasetIdInput.extend({ type: z.enum(METADATA_TYPES), name: zMetadataName });
export const ZMetadataFieldList = z.object({ doc_metadata: z.array(ZMetadataField.extend({ count: z.number().int() })), built_in_field_enabled: z.boolean() });
