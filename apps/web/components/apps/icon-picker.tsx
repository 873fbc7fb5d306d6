'use client';

import { useTranslations } from 'next-intl';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { cn } from '@/lib/utils';
import { AppIcon } from './app-icon';

const EMOJIS = [
  '🤖', '🧠', '💬', '🗨️', '📚', '📝', '✍️', '🔍', '🧭', '🛠️', '⚙️', '🧪',
  '📊', '📈', '💡', '🎯', '🚀', '🌐', '🗂️', '📎', '🧾', '📮', '📅', '⏰',
  '🎨', '🎬', '🎵', '📷', '🧑‍💻', '👩‍🏫', '🧑‍⚕️', '🧑‍🍳', '🐱', '🐶', '🦉', '🦊',
  '🌱', '🌈', '☀️', '🔥', '⭐', '❤️', '🍀', '🍎', '☕', '🏠', '🏦', '🛒',
];

const BACKGROUNDS = [
  '#FFEAD5', '#E4FBCC', '#D3F8DF', '#E0F2FE', '#E0EAFF', '#EFF1F5', '#FBE8FF', '#FCE7F6',
  '#FEF7C3', '#E6F4D7', '#D5F5F6', '#D1E9FF', '#D1E0FF', '#D5D9EB', '#ECE9FE', '#FFE4E8',
];

export interface EmojiIcon {
  icon: string;
  icon_background: string;
}

export function IconPicker({ value, onChange }: { value: EmojiIcon; onChange: (value: EmojiIcon) => void }) {
  const t = useTranslations();
  return (
    <Popover>
      <PopoverTrigger
        className="cursor-pointer rounded-xl ring-offset-2 outline-none hover:ring-2 hover:ring-ring/40 focus-visible:ring-2 focus-visible:ring-ring"
        aria-label={t('apps.chooseIcon')}
        data-testid="icon-picker-trigger"
      >
        <AppIcon value={{ icon_type: 'emoji', ...value }} size="lg" />
      </PopoverTrigger>
      <PopoverContent className="w-80" data-testid="icon-picker">
        <p className="mb-2 text-xs font-medium text-muted-foreground">{t('apps.icon')}</p>
        <div className="grid grid-cols-8 gap-1">
          {EMOJIS.map((emoji) => (
            <button
              key={emoji}
              type="button"
              data-testid="emoji-option"
              aria-pressed={value.icon === emoji}
              onClick={() => onChange({ ...value, icon: emoji })}
              className={cn(
                'flex size-8 cursor-pointer items-center justify-center rounded-md text-lg hover:bg-accent',
                value.icon === emoji && 'bg-accent ring-1 ring-primary',
              )}
            >
              {emoji}
            </button>
          ))}
        </div>
        <p className="mt-3 mb-2 text-xs font-medium text-muted-foreground">{t('apps.background')}</p>
        <div className="grid grid-cols-8 gap-1">
          {BACKGROUNDS.map((color) => (
            <button
              key={color}
              type="button"
              data-testid="background-option"
              aria-label={color}
              aria-pressed={value.icon_background === color}
              onClick={() => onChange({ ...value, icon_background: color })}
              className={cn(
                'size-8 cursor-pointer rounded-md border border-black/5',
                value.icon_background === color && 'ring-2 ring-primary ring-offset-1',
              )}
              style={{ background: color }}
            />
          ))}
        </div>
      </PopoverContent>
    </Popover>
  );
}
