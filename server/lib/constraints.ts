// Database constraint names → the Vietnamese message and field a user should see.
import { AppError } from './errors';

const CONSTRAINTS: Record<string, { field: string; message: string }> = {
  dossiers_status_transition: {
    field: 'action',
    message: 'Bước chuyển trạng thái này không có trong quy trình xử lý hồ sơ',
  },
  dossiers_title_check: { field: 'title', message: 'Trích yếu hồ sơ phải có từ 3 đến 500 ký tự' },
  dossiers_movement_fk: { field: 'movementId', message: 'Không tìm thấy phong trào thi đua' },
  dossier_nominees_subject_key: {
    field: 'nominees',
    message: 'Đối tượng này đã có trong hồ sơ với cùng danh hiệu, hình thức',
  },
  dossier_nominees_subject_check: { field: 'nominees', message: 'Đối tượng được đề nghị không hợp lệ' },
  files_size_check: { field: 'file', message: 'Tệp rỗng hoặc vượt quá 10 MB' },
  people_cccd_key: { field: 'cccd', message: 'Số CCCD này đã có trong hệ thống' },
  people_cccd_check: { field: 'cccd', message: 'Số CCCD phải gồm đúng 12 chữ số' },
  people_gender_check: { field: 'gender', message: 'Giới tính không hợp lệ' },
  people_name_check: { field: 'fullName', message: 'Họ và tên phải có từ 2 đến 200 ký tự' },
  people_birth_check: { field: 'birthDate', message: 'Ngày sinh không hợp lệ' },
  units_code_key: { field: 'code', message: 'Mã đơn vị này đã được dùng' },
  units_kind_check: { field: 'kind', message: 'Loại đơn vị không hợp lệ' },
  units_level_check: { field: 'level', message: 'Cấp hành chính không hợp lệ' },
  units_validity_check: { field: 'validTo', message: 'Ngày kết thúc phải sau ngày bắt đầu hiệu lực' },
  units_name_check: { field: 'name', message: 'Tên đơn vị không được để trống' },
  employments_period_check: { field: 'toDate', message: 'Ngày kết thúc phải sau ngày bắt đầu' },
  employments_cadre_class_check: {
    field: 'cadreClass',
    message: 'Đối tượng (cán bộ, công chức …) không hợp lệ',
  },
  users_username_key: { field: 'username', message: 'Tên đăng nhập này đã được dùng' },
  users_username_check: {
    field: 'username',
    message: 'Tên đăng nhập gồm 3–50 ký tự a-z, 0-9, dấu chấm, gạch',
  },
  user_roles_unique: { field: 'roles', message: 'Vai trò này đã được gán tại đơn vị đó' },
  user_roles_role_check: { field: 'roles', message: 'Vai trò không hợp lệ' },
  people_recruited_check: {
    field: 'recruitedOn',
    message: 'Ngày tuyển dụng phải sau ngày sinh và từ năm 1945',
  },
  awards_title_once_key: {
    field: 'year',
    message: 'Đối tượng đã có danh hiệu này trong năm đó (chưa bị thu hồi)',
  },
  awards_revoked_check: { field: 'revokedOn', message: 'Thu hồi cần có ngày và lý do' },
  awards_public_code_key: {
    field: 'publicCode',
    message: 'Mã xác thực khen thưởng bị trùng, vui lòng thử lại',
  },
  certificate_layouts_name_key: { field: 'name', message: 'Cơ quan khen thưởng này đã có mẫu in cùng tên' },
  certificate_layouts_name_check: { field: 'name', message: 'Tên mẫu in phải có từ 2 đến 200 ký tự' },
  certificate_layouts_size_check: {
    field: 'pageWidthMm',
    message: 'Khổ giấy phải từ 50 đến 1000 mm mỗi chiều',
  },
  certificate_layouts_offset_check: { field: 'offsetXMm', message: 'Độ lệch máy in tối đa 30 mm mỗi chiều' },
  certificate_layouts_paper_check: { field: 'paper', message: 'Khổ giấy không hợp lệ' },
  annual_ratings_person_year_key: { field: 'year', message: 'Cá nhân đã có xếp loại của năm này' },
  annual_ratings_unit_year_key: { field: 'year', message: 'Tập thể đã có xếp loại của năm này' },
  disciplines_period_check: { field: 'toDate', message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu' },
  investigations_period_check: {
    field: 'closedOn',
    message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
  },
  member_stats_unit_year_key: { field: 'year', message: 'Tập thể đã có số liệu thành viên của năm này' },
  member_stats_cstdcs_check: { field: 'cstdcsCount', message: 'Số CSTĐCS không được lớn hơn số thành viên' },
  local_overlays_period_check: {
    field: 'effectiveTo',
    message: 'Ngày hết hiệu lực phải bằng hoặc sau ngày áp dụng',
  },
  inspection_team_members_person_key: {
    field: 'members',
    message: 'Một người chỉ có tên một lần trong đoàn',
  },
  inspection_team_members_head_key: { field: 'members', message: 'Đoàn kiểm tra chỉ có một trưởng đoàn' },
  inspection_targets_unit_key: { field: 'unitId', message: 'Đơn vị này đã có trong kế hoạch' },
  inspection_targets_schedule_check: {
    field: 'scheduledTo',
    message: 'Ngày kết thúc dự kiến phải bằng hoặc sau ngày bắt đầu',
  },
  inspection_targets_done_check: {
    field: 'inspectedOn',
    message: 'Đơn vị đã kiểm tra phải có ngày kiểm tra',
  },
  inspection_targets_cancel_check: { field: 'cancelReason', message: 'Hủy kiểm tra cần có lý do' },
  inspection_plans_decision_check: {
    field: 'teamDecisionDate',
    message: 'Quyết định thành lập đoàn không được trước ngày ban hành kế hoạch',
  },
  exemplary_models_subject_check: {
    field: 'personId',
    message: 'Đối tượng phải là một cá nhân, một đơn vị hoặc một tên ngoài danh sách, phù hợp loại đối tượng',
  },
  exemplary_models_title_check: { field: 'title', message: 'Tên điển hình phải có từ 3 đến 300 ký tự' },
  exemplary_models_category_check: { field: 'category', message: 'Loại điển hình không có trong danh mục' },
  exemplary_models_field_check: { field: 'field', message: 'Lĩnh vực không có trong danh mục' },
  councils_authority_key: {
    field: 'authorityUnitId',
    message: 'Đơn vị này đã có Hội đồng Thi đua - Khen thưởng',
  },
  council_changes_date_key: {
    field: 'effectiveOn',
    message: 'Đã có một lần kiện toàn có hiệu lực cùng ngày',
  },
  council_ballots_nominee_key: {
    field: 'nomineeId',
    message: 'Người được đề nghị này đã có kết quả bỏ phiếu',
  },
  council_ballots_counts_check: {
    field: 'agree',
    message: 'Tổng số phiếu không được vượt quá số thành viên Hội đồng',
  },
  council_meeting_locked: {
    field: 'version',
    message: 'Phiên họp đã kết thúc: biên bản, điểm danh và kết quả bỏ phiếu không thể thay đổi',
  },
  disclosures_dossier_key: { field: 'dossierId', message: 'Hồ sơ này đã có đợt công khai' },
  disclosure_settings_kind_key: { field: 'kinds', message: 'Loại khen thưởng này đã có trong danh sách' },
  disclosure_comments_content_check: {
    field: 'content',
    message: 'Nội dung góp ý phải có từ 10 đến 5.000 ký tự',
  },
  documents_number_key: {
    field: 'numberSymbol',
    message: 'Văn bản cùng số, ký hiệu của cùng cơ quan ban hành trong cùng năm đã có trong sổ văn bản',
  },
  documents_type_check: { field: 'type', message: 'Loại văn bản không hợp lệ' },
  documents_identity_check: {
    field: 'summary',
    message: 'Văn bản không có số, ký hiệu thì phải có trích yếu (tên văn bản)',
  },
  documents_summary_check: { field: 'summary', message: 'Trích yếu phải có từ 2 đến 2.000 ký tự' },
  documents_validity_check: {
    field: 'effectiveTo',
    message: 'Ngày hết hiệu lực phải bằng hoặc sau ngày có hiệu lực',
  },
  documents_superseded_self_check: {
    field: 'supersededById',
    message: 'Văn bản không thể thay thế chính nó',
  },
  movements_name_check: { field: 'name', message: 'Tên phong trào phải có từ 3 đến 500 ký tự' },
  movements_period_check: { field: 'periodTo', message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu' },
  movements_parent_self_check: {
    field: 'parentId',
    message: 'Phong trào không thể là cấp trên của chính nó',
  },
  movement_indicators_name_key: { field: 'name', message: 'Phong trào đã có chỉ tiêu cùng tên' },
  indicator_values_period_key: {
    field: 'periodFrom',
    message: 'Đơn vị đã có số liệu của chỉ tiêu này trong cùng kỳ',
  },
  indicator_values_figure_check: { field: 'actual', message: 'Nhập chỉ tiêu hoặc kết quả thực hiện' },
  indicator_values_qualifier_check: {
    field: 'qualifier',
    message: 'Cách ghi (hơn, gần …) đi kèm kết quả thực hiện',
  },
  decisions_issued_immutable: {
    field: 'status',
    message:
      'Quyết định đã ban hành không được sửa hoặc xóa; muốn thay đổi phải ban hành quyết định khác (thu hồi, sửa đổi)',
  },
  awards_decision_immutable: {
    field: 'awardId',
    message:
      'Khen thưởng theo quyết định không được sửa hoặc xóa; muốn thay đổi phải ban hành quyết định thu hồi',
  },
  awards_revocation_act: {
    field: 'awardId',
    message: 'Khen thưởng theo quyết định chỉ được thu hồi bằng quyết định thu hồi (phân hệ Quyết định)',
  },
  decisions_register_number_key: {
    field: 'number',
    message: 'Số quyết định này đã được dùng trong sổ của năm',
  },
  decision_registers_authority_key: {
    field: 'authorityCode',
    message: 'Thẩm quyền này của đơn vị đã có sổ đăng ký quyết định',
  },
  decision_registers_pattern_check: {
    field: 'pattern',
    message: 'Mẫu số, ký hiệu phải bắt đầu bằng {n}/ và không có khoảng trắng (ví dụ {n}/QĐ-UBND)',
  },
  decision_awardees_nominee_key: {
    field: 'nomineeIds',
    message: 'Đề nghị này đã có trong một quyết định khác (kể cả dự thảo)',
  },
  decision_awardees_subject_key: {
    field: 'awardees',
    message: 'Một đối tượng chỉ có tên một lần cho cùng danh hiệu, hình thức và năm trong quyết định',
  },
  decision_revoked_awards_award_key: {
    field: 'awardIds',
    message: 'Khen thưởng này đã bị thu hồi trước đó',
  },
  registrations_unit_year_key: { field: 'unitId', message: 'Đơn vị đã có bản đăng ký thi đua của năm này' },
  registration_deadlines_key: { field: 'year', message: 'Năm này đã có hạn đăng ký; sửa hạn đã đặt' },
  registration_lines_subject_key: {
    field: 'lines',
    message: 'Một đối tượng chỉ đăng ký một danh hiệu một lần trong bản đăng ký',
  },
  emulation_groups_name_key: {
    field: 'name',
    message: 'Đơn vị tổ chức đã có cụm, khối cùng tên trong năm này',
  },
  emulation_group_members_unit_key: {
    field: 'members',
    message: 'Một đơn vị chỉ có tên một lần trong cụm, khối',
  },
  emulation_group_members_order_key: { field: 'members', message: 'Thứ tự luân phiên bị trùng' },
  emulation_group_members_leader_key: { field: 'members', message: 'Cụm, khối chỉ có một trưởng cụm, khối' },
  emulation_group_members_deputy_key: { field: 'members', message: 'Cụm, khối chỉ có một phó cụm, khối' },
  member_scores_key: { field: 'scores', message: 'Mục chấm điểm này đã có điểm của đơn vị' },
};

/** Translates a PostgreSQL error code + constraint into an AppError, or null when it is not a user error. */
export function constraintMessage(code: string, constraint: string | undefined): AppError | null {
  const known = constraint ? CONSTRAINTS[constraint] : undefined;
  if (code === '23505') {
    return new AppError(
      'CONFLICT',
      known?.message ?? 'Dữ liệu bị trùng với bản ghi đã có',
      known ? { [known.field]: known.message } : undefined,
    );
  }
  if (code === '23514' || code === '23502' || code === '22P02' || code === '22007' || code === '22008') {
    return new AppError(
      'VALIDATION',
      known?.message ?? 'Dữ liệu không hợp lệ',
      known ? { [known.field]: known.message } : undefined,
    );
  }
  // 23001: a delete blocked by an ON DELETE RESTRICT reference (it answered 500 before; found by the matrix).
  if (code === '23503' || code === '23001') {
    return new AppError('CONFLICT', 'Bản ghi đang được tham chiếu hoặc tham chiếu tới bản ghi không tồn tại');
  }
  if (code === '40001' || code === '40P01') {
    return new AppError('CONFLICT', 'Dữ liệu vừa được người khác thay đổi, vui lòng thử lại');
  }
  return null;
}
