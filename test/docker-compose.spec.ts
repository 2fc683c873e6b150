import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Docker cannot run on our machines, so `docker/compose.yml` is checked by reading it:
 * `docker compose up --scale api=3 --scale worker=2` must not ask two replicas for one host port.
 */
interface Service {
  ports?: (string | { published?: string | number; target: number })[];
  environment?: Record<string, string>;
  command?: string[];
  deploy?: { replicas?: number };
}

const DOCKER = join(__dirname, '..', 'docker');
const compose = parse(readFileSync(join(DOCKER, 'compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const SCALED = ['api', 'worker'];

/** The host port of a port entry ("127.0.0.1:8025:8025", "3000:3000", "3000", or the long form), if it fixes one. */
function hostPort(entry: string | { published?: string | number; target: number }): string | null {
  if (typeof entry !== 'string') return entry.published === undefined ? null : String(entry.published);
  const parts = entry.split(':');
  return parts.length >= 2 ? parts[parts.length - 2] : null;
}

describe('docker/compose.yml scales api and worker without port clashes', () => {
  it.each(SCALED)('%s publishes no fixed host port (replicas would clash)', (name) => {
    const service = compose.services[name];
    expect(service).toBeDefined();
    expect((service.ports ?? []).map(hostPort).filter((port) => port !== null)).toEqual([]);
  });

  it('no host port is published twice, and only services that are never scaled publish any', () => {
    const published = Object.entries(compose.services).flatMap(([name, service]) => (service.ports ?? []).map(hostPort).filter(Boolean).map((port) => `${name}:${port}`));
    const ports = published.map((entry) => entry.split(':').pop());
    expect(new Set(ports).size).toBe(ports.length);
    expect(published.filter((entry) => SCALED.includes(entry.split(':')[0]))).toEqual([]);
    for (const [name, service] of Object.entries(compose.services)) if (service.ports?.length) expect({ name, replicas: service.deploy?.replicas ?? 1 }).toEqual({ name, replicas: 1 });
  });

  it('one proxy publishes HTTP 3000 and inbound SMTP 2525, forwarding to the api and worker services by name', () => {
    const proxy = compose.services.proxy;
    expect(proxy.ports?.map(hostPort).sort()).toEqual(['2525', '3000']);
    const nginx = readFileSync(join(DOCKER, 'nginx.conf'), 'utf8');
    expect(nginx).toMatch(/set \$api api:3000;/);
    // The client's address is the proxy's peer, never a header the client wrote.
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(nginx).not.toContain('$proxy_add_x_forwarded_for');
    expect(nginx).toMatch(/set \$inbound worker:2525;/);
    expect(compose.services.worker.environment?.INBOUND_SMTP_PORT).toBe('2525');
  });

  it('every replica shares one PostgreSQL and one Redis; migrations run once, in their own one-shot service', () => {
    for (const name of SCALED) {
      expect(compose.services[name].environment?.DATABASE_URL).toBe('postgres://liaison:liaison@postgres:5432/liaison');
      expect(compose.services[name].environment?.REDIS_URL).toBe('redis://redis:6379');
    }
    expect(compose.services.migrate.command?.join(' ')).toContain('dist/scripts/migrate.js');
  });
});
