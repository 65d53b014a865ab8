import { useMemo, useRef, useState, type FC, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Content, Title, ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import {
  addressMap,
  formatAddressCount,
  mapRuns,
  type IPAddressPool,
  type MapBlock,
  type MapCell,
  type PoolAssignment,
} from '../../../metallb';
import './pool-details.css';

const COLUMNS = 32;

/** A stable colour slot per namespace (six chart colours), so one namespace reads as one colour. */
const slotOf = (namespace: string) => {
  let h = 0;
  for (const c of namespace) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % 6;
};

const useCellText = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (cell: MapCell) => {
    const who = cell.holders.map((h) => `${h.namespace}/${h.service}`).join(', ');
    switch (cell.state) {
      case 'assigned':
        return t('{{ip}}: assigned to {{who}}', { ip: cell.ip, who });
      case 'shared':
        return t('{{ip}}: shared by {{who}}', { ip: cell.ip, who });
      case 'skipped':
        return t('{{ip}}: skipped (avoid buggy IPs)', { ip: cell.ip });
      default:
        return t('{{ip}}: free', { ip: cell.ip });
    }
  };
};

/** One block cell by cell: a single tab stop, arrow keys move between addresses (roving focus). */
const CellGrid: FC<{ block: MapBlock }> = ({ block }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const cells = block.cells ?? [];
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number>();
  const refs = useRef<Array<HTMLSpanElement | null>>([]);
  const text = useCellText();
  const move = (to: number) => {
    const next = Math.max(0, Math.min(cells.length - 1, to));
    setActive(next);
    setShown(next);
    refs.current[next]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS }[e.key];
    if (step !== undefined) {
      e.preventDefault();
      move(active + step);
    } else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(cells.length - 1);
  };
  return (
    <>
      <div
        className="metallb-plugin__seat-map"
        role="group"
        aria-label={t('Addresses of {{entry}}, use the arrow keys', { entry: block.entry })}
        onKeyDown={onKey}
      >
        {cells.map((cell, i) => (
          <span
            key={cell.ip}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="img"
            tabIndex={i === active ? 0 : -1}
            aria-label={text(cell)}
            title={text(cell)}
            className={`metallb-plugin__seat metallb-plugin__seat--${cell.state}${
              cell.holders[0] ? ` metallb-plugin__ns-${slotOf(cell.holders[0].namespace)}` : ''
            }`}
            onMouseEnter={() => setShown(i)}
            onFocus={() => {
              setActive(i);
              setShown(i);
            }}
            data-test={`seat-${cell.ip}`}
          />
        ))}
      </div>
      <Content component="p" className="metallb-plugin__seat-info" aria-live="polite">
        {shown !== undefined && cells[shown]
          ? text(cells[shown])
          : t('Hover over or focus an address to see who holds it.')}
      </Content>
    </>
  );
};

/** A block too large to draw address by address: a bar to scale with the used addresses marked. */
const ScaledBlock: FC<{ block: MapBlock }> = ({ block }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <div
      className="metallb-plugin__scaled"
      role="img"
      aria-label={t('{{entry}}: {{used}} of {{size}} addresses used, drawn to scale', {
        entry: block.entry,
        used: block.assigned,
        size: formatAddressCount(block.size),
        count: Number(block.size), // picks the plural form only; the text shows the exact size
      })}
    >
      {(block.marks ?? []).map((mark) => (
        <span
          key={`${mark.ip}-${mark.namespace}-${mark.service}`}
          className={`metallb-plugin__scaled-mark metallb-plugin__ns-${slotOf(mark.namespace)}`}
          style={{ insetInlineStart: `${(mark.at * 100).toFixed(4)}%` }}
          title={`${mark.ip}: ${mark.namespace}/${mark.service}`}
        />
      ))}
    </div>
  );
};

const RunsTable: FC<{ block: MapBlock }> = ({ block }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const runs = useMemo(() => mapRuns(block), [block]);
  const state = {
    free: t('Free'),
    assigned: t('Assigned'),
    shared: t('Shared'),
    skipped: t('Skipped (avoid buggy IPs)'),
  };
  const rows = block.cells
    ? runs.map((r) => ({
        key: r.first,
        range:
          r.first === r.last
            ? r.first
            : t('{{first}} to {{last}}', { first: r.first, last: r.last }),
        count: String(r.count),
        state: state[r.state],
        who: r.holders.map((h) => `${h.namespace}/${h.service}`).join(', '),
      }))
    : (block.marks ?? []).map((m) => ({
        key: `${m.ip}-${m.service}`,
        range: m.ip,
        count: '1',
        state: state.assigned,
        who: `${m.namespace}/${m.service}`,
      }));
  return (
    <Table variant="compact" aria-label={t('Addresses of {{entry}}', { entry: block.entry })}>
      <Thead>
        <Tr>
          <Th>{t('Addresses')}</Th>
          <Th>{t('Count')}</Th>
          <Th>{t('State')}</Th>
          <Th>{t('Service')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((r) => (
          <Tr key={r.key}>
            <Td dataLabel={t('Addresses')}>{r.range}</Td>
            <Td dataLabel={t('Count')}>{r.count}</Td>
            <Td dataLabel={t('State')}>{r.state}</Td>
            <Td dataLabel={t('Service')}>{r.who}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

/** Every address of the pool as a seat map (or to scale), with the same facts as a table. */
export const AddressMap: FC<{ pool: IPAddressPool; assignments: PoolAssignment[] }> = ({
  pool,
  assignments,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [asTable, setAsTable] = useState(false);
  const blocks = useMemo(() => addressMap(pool, assignments), [pool, assignments]);
  return (
    <section data-test="address-map" aria-labelledby="metallb-address-map-title">
      <Title headingLevel="h2" id="metallb-address-map-title">
        {t('Address map')}
      </Title>
      <ToggleGroup aria-label={t('Show the addresses as')} className="metallb-plugin__map-toggle">
        <ToggleGroupItem text={t('Map')} isSelected={!asTable} onChange={() => setAsTable(false)} />
        <ToggleGroupItem text={t('Table')} isSelected={asTable} onChange={() => setAsTable(true)} />
      </ToggleGroup>
      <ul className="metallb-plugin__legend" aria-label={t('Legend')}>
        <li>
          <span className="metallb-plugin__seat metallb-plugin__seat--free" /> {t('Free')}
        </li>
        <li>
          <span className="metallb-plugin__seat metallb-plugin__seat--assigned metallb-plugin__ns-0" />{' '}
          {t('Assigned (colour per namespace)')}
        </li>
        <li>
          <span className="metallb-plugin__seat metallb-plugin__seat--shared metallb-plugin__ns-0" />{' '}
          {t('Shared')}
        </li>
        <li>
          <span className="metallb-plugin__seat metallb-plugin__seat--skipped" />{' '}
          {t('Skipped (avoid buggy IPs)')}
        </li>
      </ul>
      {blocks.map((block) => (
        <div key={block.entry} className="metallb-plugin__map-block" data-test="map-block">
          <Title headingLevel="h3" size="md">
            {block.entry}{' '}
            <span className="metallb-plugin__muted">
              {block.cells
                ? t('{{used}} of {{size}} used', {
                    used: block.assigned,
                    size: formatAddressCount(block.size),
                  })
                : t('{{used}} of {{size}} used · drawn to scale', {
                    used: block.assigned,
                    size: formatAddressCount(block.size),
                  })}
            </span>
          </Title>
          {asTable ? (
            <RunsTable block={block} />
          ) : block.cells ? (
            <CellGrid block={block} />
          ) : (
            <ScaledBlock block={block} />
          )}
        </div>
      ))}
    </section>
  );
};
