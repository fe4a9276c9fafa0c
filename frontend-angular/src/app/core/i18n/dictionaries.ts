import { zhCN } from './zh-cn';
import { enUS } from './en-us';

export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];
export type TranslationKey = keyof typeof zhCN;
export type TranslationParams = Record<string, string | number>;
export type Dictionary = Record<TranslationKey, string>;

export const DICTIONARIES: Record<Lang, Dictionary> = { 'zh-CN': zhCN, 'en-US': enUS };
