/*
 * The SDK package is a facade over console internals supplied at run time by module federation, so unit
 * tests use these typed stubs. Each stub has the SDK's own type (`typeof SDK.X`), so a signature change
 * in the SDK breaks the build of the tests, not silently the tests. Data hooks are jest.fn()s that tests
 * program per case (`jest.mocked(useK8sWatchResource).mockReturnValue([...])`).
 */
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

export const ListPageHeader: typeof SDK.ListPageHeader = ({ title, children }) => (
  <header>
    <h1>{title}</h1>
    {children}
  </header>
);

export const ListPageBody: typeof SDK.ListPageBody = ({ children }) => <div>{children}</div>;

export const DocumentTitle: typeof SDK.DocumentTitle = () => null;

export const useK8sWatchResource = jest.fn() as jest.MockedFunction<typeof SDK.useK8sWatchResource>;

export const useK8sWatchResources = jest.fn() as jest.MockedFunction<
  typeof SDK.useK8sWatchResources
>;

export const useAccessReview = jest.fn(() => [true, false]) as unknown as jest.MockedFunction<
  typeof SDK.useAccessReview
>;

export const k8sCreate = jest.fn() as jest.MockedFunction<typeof SDK.k8sCreate>;
export const k8sPatch = jest.fn() as jest.MockedFunction<typeof SDK.k8sPatch>;
export const k8sUpdate = jest.fn() as jest.MockedFunction<typeof SDK.k8sUpdate>;
export const k8sDelete = jest.fn() as jest.MockedFunction<typeof SDK.k8sDelete>;

export const ResourceLink: typeof SDK.ResourceLink = ({ name, children }) => (
  <span data-test="resource-link">
    {name}
    {children}
  </span>
);

export const ListPageCreate: typeof SDK.ListPageCreate = ({ children }) => (
  <button type="button" data-test="list-page-create">
    {children}
  </button>
);

export const ListPageCreateLink: typeof SDK.ListPageCreateLink = ({ to, children }) => (
  <a href={to} data-test="list-page-create">
    {children}
  </a>
);

export const useFlag = jest.fn((_flag: string) => true) as jest.MockedFunction<typeof SDK.useFlag>;

export const useActiveNamespace = jest.fn(() => [
  'metallb-system',
  jest.fn(),
]) as unknown as jest.MockedFunction<typeof SDK.useActiveNamespace>;

export const useK8sModel = jest.fn(() => [undefined, false]) as unknown as jest.MockedFunction<
  typeof SDK.useK8sModel
>;
export const k8sGet = jest.fn() as jest.MockedFunction<typeof SDK.k8sGet>;

export const useDeleteModal = jest.fn(() => jest.fn()) as unknown as jest.MockedFunction<
  typeof SDK.useDeleteModal
>;

export const useLabelsModal = jest.fn(() => jest.fn()) as unknown as jest.MockedFunction<
  typeof SDK.useLabelsModal
>;

export const useAnnotationsModal = jest.fn(() => jest.fn()) as unknown as jest.MockedFunction<
  typeof SDK.useAnnotationsModal
>;

/** The console's editor is Monaco; a textarea stands in (value and onChange are what forms use). */
export const YAMLEditor = (({
  value,
  onChange,
}: {
  value?: string;
  onChange?: (v: string) => void;
}) => (
  <textarea aria-label="YAML editor" value={value} onChange={(e) => onChange?.(e.target.value)} />
)) as unknown as typeof SDK.YAMLEditor;

export const CodeEditor = YAMLEditor as unknown as typeof SDK.CodeEditor;

export const ResourceEventStream: typeof SDK.ResourceEventStream = () => (
  <div data-test="event-stream" />
);

export const ResourceIcon: typeof SDK.ResourceIcon = () => null;

export const Timestamp: typeof SDK.Timestamp = ({ timestamp }) => <>{timestamp ?? '-'}</>;

export const ResourceYAMLEditor: typeof SDK.ResourceYAMLEditor = ({ initialResource }) => (
  <pre data-test="yaml-editor">{JSON.stringify(initialResource)}</pre>
);

/** Renders the tab names and the first tab (Details), as the console does on the details URL. */
export const HorizontalNav: typeof SDK.HorizontalNav = ({ resource, pages }) => {
  const First = pages[0]?.component as unknown as React.ComponentType<{ obj: unknown }>;
  return (
    <div>
      <nav>
        {pages.map((p) => (
          <span key={p.name}>{p.name}</span>
        ))}
      </nav>
      {First ? <First obj={resource} /> : null}
    </div>
  );
};
