// Excel import of people: template download, upload, and either the imported count or every bad row.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Steps, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportRowError } from '../../../../contracts/people';
import { DataTable } from '../../../components/data-table';
import { errorMessage } from '../../../lib/api';
import { formatNumber } from '../../../lib/format';
import { IMPORT_TEMPLATE_URL, importRowErrors, useImportPeople } from '../api/people-api';

const ERROR_COLUMNS: ColumnsType<ImportRowError> = [
  { title: 'Dòng', dataIndex: 'row', width: 80, sorter: (a, b) => a.row - b.row, defaultSortOrder: 'ascend' },
  { title: 'Cột', key: 'column', width: 200, render: (_, e) => e.column ?? e.field },
  { title: 'Lỗi', dataIndex: 'message' },
];

export function PeopleImport() {
  const importer = useImportPeople();
  const [fileName, setFileName] = useState<string | null>(null);
  const rows = importer.error ? importRowErrors(importer.error) : null;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Steps
          orientation="vertical"
          size="small"
          items={[
            {
              title: 'Tải tệp mẫu',
              status: 'process',
              content: (
                <Flex vertical gap={8} align="flex-start">
                  <Typography.Text type="secondary">
                    Tệp mẫu có sẵn các cột, danh mục dân tộc, đối tượng và danh sách đơn vị bạn được quản lý.
                  </Typography.Text>
                  <Button icon={<DownloadOutlined />} href={IMPORT_TEMPLATE_URL} download>
                    Tải tệp Excel mẫu
                  </Button>
                </Flex>
              ),
            },
            {
              title: 'Điền danh sách và tải lên',
              status: 'process',
              content: (
                <Typography.Text type="secondary">
                  Mỗi dòng là một cá nhân. Nếu có dòng sai, hệ thống không nhập dòng nào và liệt kê từng lỗi
                  theo số dòng để bạn sửa rồi tải lên lại.
                </Typography.Text>
              ),
            },
          ]}
        />
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={importer.isPending}
          beforeUpload={(file) => {
            setFileName(file.name);
            importer.mutate(file);
            return false;
          }}
          style={{ marginTop: 16 }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {importer.isPending ? 'Đang kiểm tra và nhập dữ liệu…' : 'Bấm hoặc kéo tệp Excel (.xlsx) vào đây'}
          </p>
          <p className="ant-upload-hint">Tối đa 10 MB mỗi tệp.</p>
        </Upload.Dragger>
      </Card>

      {importer.isSuccess ? (
        <Alert
          type="success"
          showIcon
          title={`Đã nhập ${formatNumber(importer.data.imported)} cá nhân từ tệp ${fileName ?? ''}.`}
          data-testid="import-succeeded"
          action={
            <Link to="/ca-nhan">
              <Button size="small">Xem danh sách</Button>
            </Link>
          }
        />
      ) : null}

      {importer.isError ? (
        <Card>
          <Alert
            type="error"
            showIcon
            title={`Chưa nhập dòng nào từ tệp ${fileName ?? ''}.`}
            description={
              rows
                ? `Tệp có ${formatNumber(rows.length)} lỗi ở ${formatNumber(new Set(rows.map((r) => r.row)).size)} dòng. Sửa các lỗi dưới đây rồi tải tệp lên lại.`
                : errorMessage(importer.error)
            }
            style={{ marginBottom: rows ? 16 : 0 }}
            data-testid="import-failed"
          />
          {rows ? (
            <DataTable<ImportRowError>
              rowKey={(e) => `${e.row}-${e.field}`}
              columns={ERROR_COLUMNS}
              dataSource={rows}
              scroll={{ x: 720 }}
              data-testid="import-errors"
            />
          ) : null}
        </Card>
      ) : null}
    </Flex>
  );
}
