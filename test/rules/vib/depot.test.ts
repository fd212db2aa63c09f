import { metadataVibEntry, vibDescriptor } from '../../../fixtures/installer.js';
import { release } from '../../../fixtures/release.js';
import rule from '../../../rules/vib/depot.js';
import { DEPOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

/** Messages name a file of the bundle's top by its path. */
const DEPOT_NAME = DEPOT;
const METADATA = `${DEPOT}!/metadata.zip`;

testRule(rule, {
  valid: [
    { name: 'accepts an offline bundle whose index, vendor index and metadata name exactly the VIB it holds, with its SHA-256' },
    { name: 'accepts a component zip', changes: { installer: 'component' } },
    { name: 'accepts a depot whose VIB was rebuilt together with its metadata (a payload defect, not a depot one)', defects: ['payload-size'] },
    { name: 'has nothing to say of a bare VIB', changes: { installer: 'vib' } },
  ],
  invalid: [
    {
      name: 'reports an offline bundle zipped by hand around the VIB, naming every missing file',
      defects: ['depot-only-vib'],
      findings: [
        {
          messageId: 'missing',
          location: { path: DEPOT },
          message: `${DEPOT_NAME} lacks index.xml, vendor-index.xml and metadata.zip, so esxcli cannot install from it; build the offline bundle with the ESXi packaging tools (vibauthor, the ESXi Packaging Kit), not by zipping the VIB`,
        },
      ],
    },
    {
      name: 'reports an index.xml that is not well-formed, at its line',
      defects: ['depot-broken-index'],
      findings: [{ messageId: 'malformed', location: { path: `${DEPOT}!/index.xml`, line: 6 } }],
    },
    {
      name: 'reports a vendor index naming a metadata zip the depot does not hold',
      defects: ['depot-dangling-metadata'],
      findings: [
        {
          messageId: 'dangling',
          location: { path: `${DEPOT}!/vendor-index.xml`, line: 9 },
          message: `vendor-index.xml of ${DEPOT_NAME} names metadata-3.2.1.zip, which the depot does not hold; rebuild the offline bundle`,
        },
      ],
    },
    {
      name: 'reports a VIB rebuilt after the metadata was written, by the SHA-256 the metadata gives',
      defects: ['depot-stale-vib'],
      findings: [{ messageId: 'checksum', location: { path: `${METADATA}!/${metadataVibEntry(release(), vibDescriptor(release()))}`, line: 37 } }],
    },
    {
      name: 'reports a VIB the metadata does not name',
      defects: ['depot-extra-vib'],
      findings: [
        {
          messageId: 'unlisted',
          location: { path: `${DEPOT}!/vib20/corvid-cim-provider/CVD_bootbank_corvid-cim-provider_3.2.1-1OEM.700.1.0.15843807.vib` },
          message: `${DEPOT_NAME} holds vib20/corvid-cim-provider/CVD_bootbank_corvid-cim-provider_3.2.1-1OEM.700.1.0.15843807.vib, which its metadata does not name, so esxcli will not install it; rebuild the offline bundle from every VIB it ships`,
        },
      ],
    },
    {
      name: 'reports a VIB the bulletin names and the depot does not hold, once',
      defects: ['depot-missing-vib'],
      findings: [
        {
          messageId: 'not-held',
          location: { path: `${METADATA}!/vmware.xml`, line: 15 },
          message: `the metadata of ${DEPOT_NAME} names VIB CVD_bootbank_corvid-cim-provider_3.2.1-1OEM.700.1.0.15843807, which the depot does not hold; rebuild the offline bundle from the VIBs it ships`,
        },
      ],
    },
  ],
});
