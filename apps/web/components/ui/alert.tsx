import * as React from 'react';
import { cn } from '@/lib/utils';

export function FormError({ className, children, ...props }: React.ComponentProps<'p'>) {
  if (!children) return null;
  return (
    <p
      role="alert"
      className={cn('rounded-md border border-destructive/20 bg-destructive/5 px-3 py-2 text-sm text-destructive', className)}
      {...props}
    >
      {children}
    </p>
  );
}

export function Notice({ className, ...props }: React.ComponentProps<'div'>) {
  return (
    <div className={cn('rounded-md border border-primary/20 bg-primary/5 px-3 py-2 text-sm text-foreground', className)} {...props} />
  );
}
