import { connectCommand } from './connect';
import { presetPort } from './ports';

describe('connectCommand', () => {
  it('gives the command for the guest service behind the port', () => {
    expect(connectCommand('192.168.123.200', presetPort('mysql'))).toBe(
      'mysql -h 192.168.123.200 -P 3306 -u <user> -p',
    );
    expect(connectCommand('192.168.123.200', presetPort('ssh'))).toBe('ssh <user>@192.168.123.200');
    expect(connectCommand('192.168.123.200', { ...presetPort('ssh'), port: 2222 })).toBe(
      'ssh -p 2222 <user>@192.168.123.200',
    );
    expect(connectCommand('192.168.123.200', presetPort('rdp'))).toBe(
      'xfreerdp /v:192.168.123.200',
    );
    expect(connectCommand('fd00::1', presetPort('https'))).toBe('curl https://[fd00::1]/');
    expect(
      connectCommand('192.168.123.200', {
        name: 'app',
        protocol: 'TCP',
        port: 8080,
        targetPort: 8080,
      }),
    ).toBe('curl 192.168.123.200:8080');
    expect(
      connectCommand('192.168.123.200', { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 }),
    ).toBe('nc -u 192.168.123.200 53');
  });
});
