'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { PlusIcon, Trash2Icon, WrenchIcon } from 'lucide-react';
import { useLocalText } from '@/components/model-providers/local-text';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import { useTRPC } from '@/lib/trpc';

type Raw = Record<string, unknown>;

export interface AgentTool {
  provider_id: string;
  provider_type: string;
  provider_name: string;
  tool_name: string;
  tool_label: string;
  tool_parameters: Raw;
  enabled: boolean;
}

/** Strategy, iterations and the registry's tools of an agent app (`agent_mode`). */
export function AgentSettings({ value, onChange }: { value: Raw; onChange: (next: Raw) => void }) {
  const a = useTranslations('studio.agent');
  const local = useLocalText();
  const trpc = useTRPC();
  const registry = useQuery(trpc.toolProviders.listBuiltin.queryOptions());
  const tools = (Array.isArray(value.tools) ? value.tools : []) as AgentTool[];
  const set = (change: Raw) => onChange({ ...value, enabled: true, ...change });
  const has = (provider: string, tool: string) => tools.some((x) => x.provider_id === provider && x.tool_name === tool);
  return (
    <section className="grid gap-3 rounded-lg border bg-card p-3" aria-labelledby="agent-title" data-testid="agent-settings">
      <h3 id="agent-title" className="text-sm font-medium">
        {a('title')}
      </h3>
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="grid gap-1 text-xs text-muted-foreground">
          <span id="agent-strategy-label">{a('strategy')}</span>
          <Select value={String(value.strategy ?? 'function_call')} onValueChange={(strategy) => set({ strategy })}>
            <SelectTrigger aria-labelledby="agent-strategy-label" data-testid="agent-strategy">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="function_call">{a('functionCall')}</SelectItem>
              <SelectItem value="react">{a('react')}</SelectItem>
            </SelectContent>
          </Select>
        </div>
        <label className="grid gap-1 text-xs text-muted-foreground">
          {a('maxIterations')}
          <Input
            type="number"
            min={1}
            max={99}
            value={Number(value.max_iteration ?? 5)}
            onChange={(e) => set({ max_iteration: Math.max(1, Math.min(99, Number(e.target.value) || 1)) })}
            data-testid="agent-max-iterations"
          />
        </label>
      </div>
      <div className="flex items-center justify-between">
        <p className="text-sm font-medium">{a('tools')}</p>
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="outline" size="sm" data-testid="agent-add-tool">
              <PlusIcon />
              {a('addTool')}
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="max-h-80 overflow-y-auto">
            {(registry.data ?? []).map((provider) => (
              <div key={provider.id}>
                <DropdownMenuLabel>{local(provider.label)}</DropdownMenuLabel>
                {provider.tools.map((tool) => (
                  <DropdownMenuItem
                    key={tool.name}
                    disabled={has(provider.id, tool.name)}
                    data-testid="agent-tool-option"
                    data-tool={tool.name}
                    onSelect={() =>
                      set({
                        tools: [
                          ...tools,
                          {
                            provider_id: provider.id,
                            provider_type: 'builtin',
                            provider_name: provider.name,
                            tool_name: tool.name,
                            tool_label: local(tool.label),
                            tool_parameters: {},
                            enabled: true,
                          },
                        ],
                      })
                    }
                  >
                    <WrenchIcon />
                    {local(tool.label)}
                  </DropdownMenuItem>
                ))}
              </div>
            ))}
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
      {tools.length === 0 ? <p className="text-xs text-muted-foreground">{a('noTools')}</p> : null}
      <ul className="grid gap-1">
        {tools.map((tool, index) => (
          <li key={`${tool.provider_id}/${tool.tool_name}`} className="flex items-center gap-2 rounded-md border px-2 py-1.5 text-sm" data-testid="agent-tool" data-tool={tool.tool_name}>
            <WrenchIcon className="size-4 text-muted-foreground" />
            <span className="min-w-0 flex-1 truncate">{tool.tool_label || tool.tool_name}</span>
            <Switch
              checked={tool.enabled !== false}
              aria-label={a('toolEnabled', { name: tool.tool_label || tool.tool_name })}
              onCheckedChange={(enabled) => set({ tools: tools.map((x, i) => (i === index ? { ...x, enabled } : x)) })}
            />
            <IconButton label={a('removeTool')} onClick={() => set({ tools: tools.filter((_, i) => i !== index) })}>
              <Trash2Icon />
            </IconButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
