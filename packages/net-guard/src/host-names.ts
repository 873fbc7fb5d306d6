/** Host names that name the machine itself; resolvers answer them with loopback without asking DNS. */
const LOCAL_HOST_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback']);

/** Names cloud platforms give their instance metadata services; refused before any lookup. */
const METADATA_HOST_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'metadata.azure.internal',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.tencentyun.com',
  'metadata.platformequinix.com',
]);

/**
 * The form host names are compared in: lower case, without the trailing dot that makes a name
 * absolute (`metadata.google.internal.` reaches the same host) and without IPv6 brackets.
 */
export function normaliseHostName(hostname: string): string {
  let name = hostname.toLowerCase();
  if (name.startsWith('[') && name.endsWith(']')) name = name.slice(1, -1);
  while (name.endsWith('.')) name = name.slice(0, -1);
  return name;
}

export function isLocalHostName(name: string): boolean {
  return LOCAL_HOST_NAMES.has(name) || name.endsWith('.localhost');
}

export function isMetadataHostName(name: string): boolean {
  return METADATA_HOST_NAMES.has(name);
}
