'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { type FormField } from '@/lib/webapp/input-form';
import { InputFormFields } from './input-form-fields';
import { Markdown } from './markdown';
import { SuggestedQuestions } from './suggested-questions';

/** Fills `{{variable}}` in the opening statement with what the visitor entered. */
function fillVariables(text: string, inputs: Record<string, unknown>): string {
  return text.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => (inputs[name] === undefined ? whole : String(inputs[name])));
}

/** Before the first message: the input form, then the opening statement and the suggested openers. */
export function ChatWelcome(props: {
  fields: FormField[];
  inputs: Record<string, unknown>;
  onInputs: (inputs: Record<string, unknown>) => void;
  confirmed: boolean;
  onConfirm: () => void;
  onEdit: () => void;
  invalid?: string;
  error?: string;
  openingStatement: string | null;
  suggestions: string[];
  onAsk: (question: string) => void;
}) {
  const t = useTranslations('webapp');
  return (
    <div className="space-y-4">
      {props.fields.length > 0 ? (
        <section className="rounded-xl border bg-card p-4 shadow-xs" aria-labelledby="webapp-inputs-title">
          <div className="mb-3 flex items-center justify-between">
            <h2 id="webapp-inputs-title" className="text-sm font-semibold">
              {t('inputsTitle')}
            </h2>
            {props.confirmed ? (
              <Button variant="ghost" size="sm" onClick={props.onEdit}>
                {t('editInputs')}
              </Button>
            ) : null}
          </div>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              props.onConfirm();
            }}
          >
            <InputFormFields fields={props.fields} values={props.inputs} onChange={props.onInputs} disabled={props.confirmed} invalid={props.invalid} />
            {props.error ? (
              <p role="alert" className="mt-2 text-sm text-destructive" data-testid="webapp-input-error">
                {props.error}
              </p>
            ) : null}
            {!props.confirmed ? (
              <Button type="submit" className="mt-4 w-full sm:w-auto" data-testid="webapp-start-chat">
                {t('startChat')}
              </Button>
            ) : null}
          </form>
        </section>
      ) : null}
      {props.confirmed && (props.openingStatement || props.suggestions.length > 0) ? (
        <div className="space-y-3 rounded-2xl rounded-bl-sm border bg-card px-3.5 py-3 shadow-xs" data-testid="webapp-opening">
          {props.openingStatement ? <Markdown text={fillVariables(props.openingStatement, props.inputs)} /> : null}
          {props.suggestions.length > 0 ? <SuggestedQuestions title={t('tryAsking')} questions={props.suggestions} onAsk={props.onAsk} testId="webapp-suggested" /> : null}
        </div>
      ) : null}
    </div>
  );
}
