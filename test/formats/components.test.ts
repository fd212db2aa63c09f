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

  it.each([
    ['openssl_1_1-1.1.1.tar.gz', 'openssl_1_1', '1.1.1'],
    ['lib_x86_64-1.0.tar.gz', 'lib_x86_64', '1.0'],
    ['protobuf_java_3_util-3.21.0.jar', 'protobuf_java_3_util', '3.21.0'],
    ['python_dateutil-2.8.2.whl', 'python_dateutil', '2.8.2'],
    ['corvid-agent-1.2.3-1.rpm', 'corvid-agent', '1.2.3-1'],
    ['corvid-agent-1.2.3rc1.tar.gz', 'corvid-agent', '1.2.3rc1'],
  ])('reads %s as the name and version a word joined by "_" and a version\'s suffix leave', (file, name, version) => {
    expect(componentOf(file)).toMatchObject({ name, version });
  });

  it('reads hostile names in linear time, and a name longer than a file system keeps as none', () => {
    const started = performance.now();
    // '_' both a letter and a separator: each "_a" doubled the time (18.5 s for 32 of them); a version's digits split two ways (16 s for 64k).
    expect(componentOf(`a${'_a'.repeat(120)}!`)).toBeUndefined();
    expect(componentOf(`corvid${'_agent'.repeat(35)}_2.1.0.jar`)).toMatchObject({ name: `corvid${'_agent'.repeat(35)}`, version: '2.1.0' });
    expect(componentOf(`x-0.0${'7'.repeat(240)}_2.0.rpm`)).toBeUndefined();
    expect(componentOf(`corvid-1.${'1'.repeat(200)}.jarx`)).toBeUndefined();
    expect(componentOf(`corvid-agent-${'1.'.repeat(30_000)}0.jar`)).toBeUndefined();
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
