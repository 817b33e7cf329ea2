import type { Resource } from '../state/use-resource';

/** Says that something is loading, or why it could not be loaded. */
export function ResourceStatus(props: {
  readonly resource: Resource<unknown>;
  readonly what: string;
}) {
  const { resource, what } = props;
  if (resource.error !== undefined) {
    return (
      <p role="alert" className="problem">
        Could not load {what}: {resource.error.message}
      </p>
    );
  }
  if (resource.loading && resource.data === undefined) {
    return (
      <p role="status" className="loading">
        Loading {what}…
      </p>
    );
  }
  return null;
}
