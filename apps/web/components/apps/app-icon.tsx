import { cn } from '@/lib/utils';

export interface AppIconValue {
  icon_type?: string | null;
  icon?: string | null;
  icon_background?: string | null;
  icon_url?: string | null;
}

export const DEFAULT_ICON = { icon_type: 'emoji', icon: '🤖', icon_background: '#FFEAD5' } as const;

export function AppIcon({ value, size = 'md', className }: { value: AppIconValue; size?: 'sm' | 'md' | 'lg'; className?: string }) {
  const box = size === 'lg' ? 'size-14 text-3xl rounded-xl' : size === 'sm' ? 'size-8 text-base rounded-md' : 'size-10 text-xl rounded-lg';
  if (value.icon_type === 'image' && value.icon_url) {
    return (
      <img src={value.icon_url} alt="" className={cn(box, 'shrink-0 object-cover', className)} />
    );
  }
  return (
    <span
      className={cn(box, 'inline-flex shrink-0 items-center justify-center leading-none', className)}
      style={{ background: value.icon_background || DEFAULT_ICON.icon_background }}
      aria-hidden="true"
    >
      {value.icon_type === 'emoji' || !value.icon_type ? value.icon || DEFAULT_ICON.icon : DEFAULT_ICON.icon}
    </span>
  );
}
