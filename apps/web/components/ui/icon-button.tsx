import { Button, type ButtonProps } from './button';

/** A small ghost button showing only an icon; its label is what screen readers announce and the tooltip shows. */
export function IconButton({ label, variant = 'ghost', size = 'icon-sm', ...props }: Omit<ButtonProps, 'aria-label' | 'title'> & { label: string }) {
  return <Button variant={variant} size={size} aria-label={label} title={label} {...props} />;
}
