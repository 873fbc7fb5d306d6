import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { labelFor } from '@/lib/i18n/label-for';
import { cn } from '@/lib/utils';
import { type OpenApiDocument, type Operation, typeLabel } from './openapi-document';
import { SchemaFields } from './schema-fields';

const METHOD_COLORS: Record<string, string> = {
  get: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300',
  post: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  put: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  patch: 'bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-300',
  delete: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
};

export function MethodBadge({ method }: { method: string }) {
  return (
    <span className={cn('inline-flex w-16 shrink-0 justify-center rounded px-1.5 py-0.5 font-mono text-xs font-semibold uppercase', METHOD_COLORS[method] ?? 'bg-muted')}>
      {method}
    </span>
  );
}

/** One operation, folded to its method, path and summary until opened. */
export function OperationView({ document, entry }: { document: OpenApiDocument; entry: Operation }) {
  const t = useTranslations('apiReference');
  const { operation } = entry;
  const body = operation.requestBody?.content;
  const [bodyType, bodyMedia] = body ? (Object.entries(body)[0] ?? []) : [];
  return (
    <details className="group rounded-lg border bg-card" data-testid="api-operation" data-method={entry.method} data-path={entry.path}>
      <summary className="flex cursor-pointer list-none items-center gap-3 px-3 py-2.5 hover:bg-muted/50">
        <MethodBadge method={entry.method} />
        <code className="min-w-0 font-mono text-sm break-all">{entry.path}</code>
        {operation.summary ? <span className="ml-auto hidden truncate text-sm text-muted-foreground sm:block">{operation.summary}</span> : null}
      </summary>
      <div className="grid gap-4 border-t px-3 py-3 text-sm">
        {operation.summary ? <p className="font-medium sm:hidden">{operation.summary}</p> : null}
        {operation.description ? <p className="whitespace-pre-line text-muted-foreground">{operation.description}</p> : null}
        {operation.parameters?.length ? (
          <section className="grid gap-2">
            <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{t('parameters')}</h4>
            <ul className="divide-y rounded-md border">
              {operation.parameters.map((parameter) => (
                <li key={`${parameter.in}-${parameter.name}`} className="grid gap-1 px-3 py-2" data-testid="api-parameter" data-name={parameter.name}>
                  <div className="flex flex-wrap items-baseline gap-x-2">
                    <code className="font-mono text-sm font-medium">{parameter.name}</code>
                    <Badge variant="outline" className="font-normal">
                      {labelFor(t, `locations.${parameter.in}`, parameter.in)}
                    </Badge>
                    <span className="font-mono text-xs text-muted-foreground">{typeLabel(document, parameter.schema)}</span>
                    {parameter.required ? <span className="text-xs font-medium text-amber-700 dark:text-amber-400">{t('required')}</span> : null}
                  </div>
                  {parameter.description ? <p className="text-xs text-muted-foreground">{parameter.description}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {bodyMedia ? (
          <section className="grid gap-2" data-testid="api-request-body">
            <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              {t('requestBody')} <span className="font-mono font-normal normal-case">{bodyType}</span>
            </h4>
            <SchemaFields document={document} schema={bodyMedia.schema} />
          </section>
        ) : null}
        {operation.responses ? (
          <section className="grid gap-2">
            <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{t('responses')}</h4>
            <ul className="grid gap-2">
              {Object.entries(operation.responses).map(([status, response]) => {
                const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
                return (
                  <li key={status} className="grid gap-2" data-testid="api-response" data-status={status}>
                    <p>
                      <code className={cn('font-mono text-sm font-semibold', status.startsWith('2') ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400')}>{status}</code>{' '}
                      <span className="text-muted-foreground">{response.description}</span>{' '}
                      {type ? <span className="font-mono text-xs text-muted-foreground">{type}</span> : null}
                    </p>
                    {media?.schema && status.startsWith('2') ? <SchemaFields document={document} schema={media.schema} /> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
      </div>
    </details>
  );
}
