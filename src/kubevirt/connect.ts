// How to reach an exposed port from outside, as a command to copy.
import type { PortChoice } from './ports';

const host = (ip: string) => (ip.includes(':') ? `[${ip}]` : ip);

export const connectCommand = (ip: string, port: PortChoice): string => {
  const h = host(ip);
  if (port.protocol === 'UDP') return `nc -u ${ip} ${port.port}`;
  switch (port.targetPort) {
    case 3306:
      return `mysql -h ${ip} -P ${port.port} -u <user> -p`;
    case 5432:
      return `psql -h ${ip} -p ${port.port} -U <user>`;
    case 22:
      return port.port === 22 ? `ssh <user>@${ip}` : `ssh -p ${port.port} <user>@${ip}`;
    case 3389:
      return port.port === 3389 ? `xfreerdp /v:${ip}` : `xfreerdp /v:${h}:${port.port}`;
    case 80:
      return port.port === 80 ? `curl http://${h}/` : `curl http://${h}:${port.port}/`;
    case 443:
      return port.port === 443 ? `curl https://${h}/` : `curl https://${h}:${port.port}/`;
    default:
      return `curl ${h}:${port.port}`;
  }
};
