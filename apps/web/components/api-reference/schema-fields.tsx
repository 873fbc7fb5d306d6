import { useTranslations } from 'next-intl';
import { objectFields, type OpenApiDocument, type SchemaObject, typeLabel } from './openapi-document';

const MAX_DEPTH = 4;

/** The fields of an object schema as a nested list; deeper objects open on demand. */
export function SchemaFields({ document, schema, depth = 0 }: { document: OpenApiDocument; schema: SchemaObject | undefined; depth?: number }) {
  const t = useTranslations('apiReference');
  const fields = objectFields(document, schema);
  if (!fields?.properties) {
    return <p className="font-mono text-xs text-muted-foreground">{typeLabel(document, schema)}</p>;
  }
  const required = new Set(fields.required ?? []);
  return (
    <ul className="divide-y rounded-md border" data-testid="schema-fields">
      {Object.entries(fields.properties).map(([name, field]) => {
        const nested = depth < MAX_DEPTH ? objectFields(document, field) : undefined;
        const values = field.enum ?? (field.$ref ? undefined : (field.items?.enum ?? undefined));
        return (
          <li key={name} className="grid gap-1 px-3 py-2" data-testid="schema-field" data-field={name}>
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
              <code className="font-mono text-sm font-medium">{name}</code>
              <span className="font-mono text-xs break-all text-muted-foreground">{typeLabel(document, field)}</span>
              {required.has(name) ? <span className="text-xs font-medium text-amber-700 dark:text-amber-400">{t('required')}</span> : null}
            </div>
            {field.description ? <p className="text-xs text-muted-foreground">{field.description}</p> : null}
            {values?.length ? (
              <p className="text-xs text-muted-foreground">
                {t('oneOf')}: {values.map((value) => JSON.stringify(value)).join(', ')}
              </p>
            ) : null}
            {nested?.properties ? (
              <details className="group">
                <summary className="cursor-pointer text-xs font-medium text-primary">{t('fields', { count: Object.keys(nested.properties).length })}</summary>
                <div className="mt-2">
                  <SchemaFields document={document} schema={nested} depth={depth + 1} />
                </div>
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
