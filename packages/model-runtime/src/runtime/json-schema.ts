import { jsonSchema, type Schema } from 'ai';
import { z } from 'zod';

type JsonSchemaDocument = Parameters<typeof jsonSchema>[0];

function validatorFor(schema: Record<string, unknown>): z.ZodType | undefined {
  try {
    return z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
  } catch {
    // A schema zod cannot express is still sent to the model; its answer is then only checked to be JSON.
    return undefined;
  }
}

/**
 * A JSON Schema the AI SDK can send to the model and also check answers against: `jsonSchema()` alone accepts
 * any value, so validation comes from zod's reading of the same schema. The answer is returned as the model
 * wrote it (zod would drop properties the schema does not name).
 */
export function validatingJsonSchema(schema: Record<string, unknown>): Schema<unknown> {
  const validator = validatorFor(schema);
  return jsonSchema<unknown>(schema as JsonSchemaDocument, {
    validate: (value) => {
      if (!validator) return { success: true, value };
      const result = validator.safeParse(value);
      return result.success ? { success: true, value } : { success: false, error: new Error(z.prettifyError(result.error)) };
    },
  });
}

/** A schema for tool arguments: sent as it is; the caller runs the tool and judges its arguments. */
export function plainJsonSchema(schema: Record<string, unknown>): Schema<unknown> {
  return jsonSchema<unknown>(schema as JsonSchemaDocument);
}
