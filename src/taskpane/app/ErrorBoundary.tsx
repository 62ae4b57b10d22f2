/** Whatever a view throws while rendering is shown as an error with a retry, never a blank pane. */
import { Component, type ReactNode } from "react";
import { ErrorNotice } from "./ErrorNotice";

interface Props {
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <ErrorNotice error={error} onDismiss={() => this.setState({ error: null })} />;
  }
}
