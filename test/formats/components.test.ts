import { describe, expect, it } from 'vitest';
import { componentOf, namesComponent } from '../../src/formats/components.js';

describe('componentOf', () => {
  it.each([
    ['usr/lib/vmware/acme/lib64/libssl.so.3', { name: 'ssl', project: 'openssl', version: '3', aliases: ['libssl', 'openssl'] }],
    ['libcurl-8.5.0.so', { name: 'curl', project: 'curl', version: '8.5.0', aliases: ['libcurl', 'curl'] }],
    ['libz.so.1.3.1', { name: 'z', project: 'zlib', version: '1.3.1', aliases: ['libz', 'zlib'] }],
    ['plugins/lib/jackson-core-2.15.2.jar', { name: 'jackson-core', project: 'jackson-core', version: '2.15.2', aliases: ['jackson-core', 'jackson'] }],
    ['commons-io-2.15.1.jar', { name: 'commons-io', project: 'commons-io', version: '2.15.1', aliases: ['commons-io'] }],
    ['openssl-3.0.13.tar.gz', { name: 'openssl', project: 'openssl', version: '3.0.13', aliases: ['openssl'] }],
    ['netty-all-4.1.100.Final.jar', { name: 'netty-all', project: 'netty-all', version: '4.1.100.Final', aliases: ['netty-all', 'netty'] }],
  ])('recognises %s', (name, component) => {
    expect(componentOf(name)).toEqual(component);
  });

  it.each(['libvmkNasPlugin-corvid-nas-plugin.so', 'corvid-nas-plugin-ui.war', 'descriptor.xml', 'corvid-n', 'README'])('takes %s, which carries no version, for no component', (name) => {
    expect(componentOf(name)).toBeUndefined();
  });

  it('reads a name of a thousand words joined by underscores in linear time (each "_" is a separator, never a letter of a word)', () => {
    const started = performance.now();
    expect(componentOf(`a${'_a'.repeat(1000)}!`)).toBeUndefined();
    expect(componentOf(`corvid${'_agent'.repeat(1000)}_2.1.0.jar`)).toMatchObject({ version: '2.1.0' });
    // Each "_a" doubled the time before: 18.5 s for 32 of them.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('finds a component named in text by any alias, as a word', () => {
    const ssl = componentOf('libssl.so.3')!;
    expect(namesComponent('This product includes OpenSSL 3.0.', ssl)).toBe(true);
    expect(namesComponent('libssl is licensed under the Apache License 2.0', ssl)).toBe(true);
    expect(namesComponent('zlib 1.3.1, libxml2 2.12.6', ssl)).toBe(false);
    expect(namesComponent('myopenssl-fork', ssl)).toBe(false);
  });
});
