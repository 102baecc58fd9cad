// Error screens in Vietnamese: the router's error element and a boundary around each page.
import { Button, Result, Typography } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

function isChunkLoadError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Failed to fetch|Importing a module script failed|ChunkLoadError/i.test(
    text,
  );
}

function ErrorScreen({ error, onReset }: { error: unknown; onReset?: () => void }) {
  if (isChunkLoadError(error)) {
    return (
      <Result
        status="warning"
        title="Ứng dụng vừa được cập nhật"
        subTitle="Không tải được một phần của trang. Vui lòng tải lại trang để dùng phiên bản mới."
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            Tải lại trang
          </Button>
        }
      />
    );
  }
  const detail = error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : '';
  return (
    <Result
      status="error"
      title="Đã xảy ra lỗi"
      subTitle="Trang này gặp lỗi không mong muốn. Bạn có thể thử lại hoặc quay về trang chủ."
      extra={[
        onReset ? (
          <Button key="retry" type="primary" onClick={onReset}>
            Thử lại
          </Button>
        ) : (
          <Button key="reload" type="primary" onClick={() => window.location.reload()}>
            Tải lại trang
          </Button>
        ),
        <Button key="home" onClick={() => window.location.assign('/')}>
          Về trang chủ
        </Button>,
      ]}
    >
      {detail ? (
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 0 }}>
          Chi tiết kỹ thuật: {detail}
        </Typography.Paragraph>
      ) : null}
    </Result>
  );
}

/** The router's errorElement. */
export function RouteErrorPage() {
  const error = useRouteError();
  return <ErrorScreen error={error} />;
}

interface BoundaryState {
  error: unknown;
}

/** Catches a page's render errors so the menu and header stay usable; reset by changing `resetKey`. */
export class PageErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Lỗi hiển thị trang', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return <ErrorScreen error={this.state.error} onReset={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
