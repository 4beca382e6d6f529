export { Button, type ButtonOptions, type ButtonVariant } from './button';
export { Dialog, type DialogButton, type DialogOptions, dialogBodyRoom } from './dialog';
export { type Focusable, FocusManager, type Scroller } from './focus';
export { ScrollPane, type ScrollPaneOptions } from './scroll-pane';
export { TextField, type TextFieldOptions } from './text-field';
export { Tooltip, type TooltipLine } from './tooltip';
