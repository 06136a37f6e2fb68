import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the failed part; gets a function that tries again. */
  fallback: (retry: () => void, error: Error) => ReactNode;
  /** Changing this key clears a past error (e.g. the route). */
  resetKey?: string;
  /** How the error is logged (the wall, which recovers by itself, logs a warning). */
  log?: (message: string, error: Error) => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: string | undefined;
}

/** Keeps a failing part from blanking the screen: shows `fallback` instead, and logs the error. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    (this.props.log ?? ((message, e) => console.error(message, e, info.componentStack)))('view failed', error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    return error ? this.props.fallback(() => this.setState({ error: null }), error) : this.props.children;
  }
}
