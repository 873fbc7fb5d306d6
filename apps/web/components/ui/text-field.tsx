import type * as React from 'react';
import { Input } from './input';
import { Label } from './label';

interface TextFieldProps extends React.ComponentProps<'input'> {
  id: string;
  label: React.ReactNode;
  /** Set beside the label, such as a link to recover the password. */
  labelAside?: React.ReactNode;
  hint?: React.ReactNode;
  /** Defaults to the id. */
  'data-testid'?: string;
}

export function TextField({ id, label, labelAside, hint, 'data-testid': testId = id, ...props }: TextFieldProps) {
  const labelElement = <Label htmlFor={id}>{label}</Label>;
  return (
    <div className="grid gap-2">
      {labelAside ? (
        <div className="flex items-center justify-between">
          {labelElement}
          {labelAside}
        </div>
      ) : (
        labelElement
      )}
      <Input id={id} data-testid={testId} {...props} />
      {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
    </div>
  );
}
