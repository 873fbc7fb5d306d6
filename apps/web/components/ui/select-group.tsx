'use client';

import * as SelectPrimitive from '@radix-ui/react-select';
import type * as React from 'react';
import { cn } from '@/lib/utils';

export const SelectGroup = SelectPrimitive.Group;

/** A group heading inside a select's list (a provider above its models). */
export function SelectLabel({ className, ...props }: React.ComponentProps<typeof SelectPrimitive.Label>) {
  return <SelectPrimitive.Label className={cn('px-2 pt-2 pb-1 text-xs font-medium text-muted-foreground', className)} {...props} />;
}
