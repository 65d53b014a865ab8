import { useTranslation } from 'react-i18next';
import type { BGPPeer } from '../../../metallb';

/** A peer's session in words: "192.0.2.1:179" or "interface eth1", "64500 → 64501" or "64500 → any external ASN". */
export const usePeerWords = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return {
    endpoint: (peer: BGPPeer): string => {
      const spec = peer.spec ?? {};
      const port = spec.peerPort ?? 179;
      if (spec.interface) return t('interface {{name}} (unnumbered)', { name: spec.interface });
      if (!spec.peerAddress) return '-';
      return spec.peerAddress.includes(':')
        ? `[${spec.peerAddress}]:${port}`
        : `${spec.peerAddress}:${port}`;
    },
    asns: (peer: BGPPeer): string => {
      const spec = peer.spec ?? {};
      const theirs =
        spec.dynamicASN === 'internal'
          ? t('same ASN (iBGP, dynamic)')
          : spec.dynamicASN === 'external'
            ? t('any other ASN (eBGP, dynamic)')
            : String(spec.peerASN ?? '-');
      return `${spec.myASN ?? '-'} → ${theirs}`;
    },
  };
};
