/** Copy-ready calls of an app's main Service API endpoint, with its input variables filled in. */
export interface CodeSamples {
  path: string;
  curl: string;
  javascript: string;
  python: string;
}

const indent = (text: string, spaces: number) => text.split('\n').join(`\n${' '.repeat(spaces)}`);

export function codeSamples({ baseUrl, mode, inputs }: { baseUrl: string; mode: string; inputs: Record<string, unknown> }): CodeSamples {
  const chat = mode !== 'completion' && mode !== 'workflow';
  const path = mode === 'workflow' ? '/workflows/run' : chat ? '/chat-messages' : '/completion-messages';
  const body: Record<string, unknown> = {
    inputs,
    ...(chat ? { query: 'Hello', conversation_id: '' } : {}),
    response_mode: 'streaming',
    user: 'user-123',
  };
  const json = JSON.stringify(body, null, 2);
  const url = `${baseUrl}${path}`;
  const curl = [
    `curl -X POST '${url}' \\`,
    `  --header 'Authorization: Bearer {api_key}' \\`,
    `  --header 'Content-Type: application/json' \\`,
    `  --data-raw '${json.replaceAll("'", "'\\''")}'`,
  ].join('\n');
  const javascript = [
    `const response = await fetch('${url}', {`,
    `  method: 'POST',`,
    `  headers: { Authorization: 'Bearer {api_key}', 'Content-Type': 'application/json' },`,
    `  body: JSON.stringify(${indent(json, 2)}),`,
    `});`,
    `// Server-sent events: one JSON object per "data:" line.`,
    `const reader = response.body.getReader();`,
    `for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {`,
    `  console.log(new TextDecoder().decode(chunk.value));`,
    `}`,
  ].join('\n');
  const python = [
    'import json',
    'import requests',
    '',
    'response = requests.post(',
    `    "${url}",`,
    '    headers={"Authorization": "Bearer {api_key}"},',
    `    json=json.loads(${JSON.stringify(JSON.stringify(body))}),`,
    '    stream=True,',
    ')',
    'for line in response.iter_lines():',
    '    if line.startswith(b"data: "):',
    '        print(json.loads(line[6:]))',
  ].join('\n');
  return { path, curl, javascript, python };
}

/** Example values for the app's input variables: the first option of a select, a number for numbers, else the label. */
export function exampleInputs(variables: { type: string; variable: string; label: string; options?: string[] }[]): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const v of variables) {
    if (v.type === 'file' || v.type === 'file-list') continue;
    inputs[v.variable] = v.type === 'number' ? 1 : v.type === 'checkbox' ? true : v.type === 'select' ? (v.options?.find(Boolean) ?? '') : v.label || v.variable;
  }
  return inputs;
}
