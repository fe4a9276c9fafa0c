import type { Translations } from '../../core/i18n/dictionaries';

/** Chinese (default) texts of the Plans feature. Add a key here first: its type is the English one's. */
const zhCN = {
  'nav.plans': '版本对比',
  'nav.entitlements': '权益',
  'nav.planEditor': '版本与价格',

  'plans.subtitle': '标准版与专业版权益对比',
  'plans.entitlement': '权益',
  'plans.free': '免费',

  'entitlements.subtitle': '当前版本包含的权益',
  'entitlements.empty': '暂无权益',
  'entitlement.kind': '类型',
  'entitlement.value': '额度',
  'entitlement.unit': '单位',
  'entitlement.note': '备注',
  'entitlementKind.Switch': '开关',
  'entitlementKind.Limit': '上限',
  'entitlementKind.Quota': '配额',
  'entitlementKind.Rate': '速率',

  'planEditor.subtitle': '修改价格或权益会生成新版本，已售订阅保持原版本',
  'planEditor.editSubtitle': '保存将生成新版本',
  'planEditor.code': '编码',
  'planEditor.name': '名称',
  'planEditor.version': '当前版本',
  'planEditor.annualPrice': '年费',
  'planEditor.annualPriceCny': '年费（CNY，含税）',
  'planEditor.entitlementCount': '权益数',
  'planEditor.entitlements': '权益',
  'planEditor.addEntitlement': '添加权益',
  'planEditor.keyRule': '小写字母、数字、点或连字符',
  'planEditor.duplicateKey': '权益 {key} 重复',
  'planEditor.discard': '放弃修改',
  'planEditor.saveVersion': '保存为新版本',
  'planEditor.saveConfirm': '保存后将生成 v{version}，新订单按新版本计价。继续？',
  'planEditor.saved': '已保存为 v{version}',
  'planEditor.history': '版本历史',
  'planEditor.noHistory': '暂无历史版本',
  'planEditor.notFound': '未找到该版本',
};

/** English, typed as the Chinese object: a missing or extra key fails the build. */
const enUS: typeof zhCN = {
  'nav.plans': 'Plans',
  'nav.entitlements': 'Entitlements',
  'nav.planEditor': 'Plans & prices',

  'plans.subtitle': 'Standard and Professional side by side',
  'plans.entitlement': 'Entitlement',
  'plans.free': 'Free',

  'entitlements.subtitle': 'What your current plan includes',
  'entitlements.empty': 'No entitlements',
  'entitlement.kind': 'Kind',
  'entitlement.value': 'Value',
  'entitlement.unit': 'Unit',
  'entitlement.note': 'Note',
  'entitlementKind.Switch': 'Switch',
  'entitlementKind.Limit': 'Limit',
  'entitlementKind.Quota': 'Quota',
  'entitlementKind.Rate': 'Rate',

  'planEditor.subtitle': 'Changing a price or an entitlement makes a new version; sold subscriptions keep theirs',
  'planEditor.editSubtitle': 'Saving creates a new version',
  'planEditor.code': 'Code',
  'planEditor.name': 'Name',
  'planEditor.version': 'Version',
  'planEditor.annualPrice': 'Annual price',
  'planEditor.annualPriceCny': 'Annual price (CNY, VAT included)',
  'planEditor.entitlementCount': 'Entitlements',
  'planEditor.entitlements': 'Entitlements',
  'planEditor.addEntitlement': 'Add entitlement',
  'planEditor.keyRule': 'Lower-case letters, digits, dots or hyphens',
  'planEditor.duplicateKey': 'Entitlement {key} appears twice',
  'planEditor.discard': 'Discard changes',
  'planEditor.saveVersion': 'Save as new version',
  'planEditor.saveConfirm': 'This creates v{version}; new orders use it. Continue?',
  'planEditor.saved': 'Saved as v{version}',
  'planEditor.history': 'Version history',
  'planEditor.noHistory': 'No earlier versions',
  'planEditor.notFound': 'Plan not found',
};

export type PlansKey = keyof typeof zhCN;

export const PLANS_I18N: Translations<PlansKey> = { 'zh-CN': zhCN, 'en-US': enUS };
