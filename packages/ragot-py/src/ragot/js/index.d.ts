// Type declarations for the ragot browser runtime (ES modules in this folder).

/** Options objects may also be keyword-argument objects from compiled Python. */
export declare const KW: unique symbol;
export declare function isKw(value: unknown): boolean;
export declare function opts(value: unknown): Record<string, any>;
/** Map -> object, Set -> array, boxed primitives -> primitives; other objects unchanged. */
export declare function toPlain<T = any>(value: unknown): T;

export interface Counts { listeners: number; timers: number; subscriptions: number; owners: number }
export declare const counts: Counts;
/** Live listeners, timers, subscriptions and running owners (test instrumentation). */
export declare function debugCounts(): Counts;

export type Unsubscribe = () => void;

export declare class Owner {
  running: boolean;
  onStart(): void;
  onStop(): void;
  start(): this;
  stop(): this;
  on(target: EventTarget, type: string, fn: (event: Event) => void, options?: boolean | AddEventListenerOptions): Unsubscribe;
  off(target: EventTarget, type: string, fn: (event: Event) => void): void;
  /** `fn(event)` with `event.delegateTarget` = the element matching `selector`. */
  delegate(target: EventTarget, type: string, selector: string, fn: (event: Event & { delegateTarget: Element }) => void): Unsubscribe;
  listen(event: string, fn: (data: any) => void): Unsubscribe;
  emit(event: string, data?: unknown): number;
  own<T>(resource: T, method?: string): T;
  timeout(fn: () => void, ms: number): number;
  interval(fn: () => void, ms: number): number;
  cancelTimeout(id: number): void;
  cancelInterval(id: number): void;
  adopt<T extends { stop(): unknown }>(child: T): T;
  disown<T>(child: T): T;
  addCleanup(fn: () => void): () => void;
}

export declare class VNode {
  type: string | (new (props?: any) => Component);
  key: unknown;
  attrs: Record<string, string> | null;
  on: Record<string, (event: Event) => void> | null;
  children: VNode[] | null;
  text: string | undefined;
  node: Node | null;
}
export type Child = VNode | string | number | boolean | null | undefined | Child[];
export declare const Fragment: "#fragment";
export declare function attrName(name: string): string;
export declare function h(tag: string, attrs?: Record<string, any> | Map<string, any> | null, ...children: Child[]): VNode;
export declare function h(tag: typeof Fragment, attrs: null, ...children: Child[]): VNode[];
export declare function h(tag: new (props?: any) => Component, props?: Record<string, any> | null, ...children: Child[]): VNode;
/** Raw, unescaped markup (`ui.HTML`). */
export declare function html(markup: string): VNode;
export declare class Context {
  /** `owner` owns the root listeners (a private Owner when omitted). */
  constructor(owner?: Owner | null);
  owner: Owner;
  root: Element | null;
  refs: Record<string, Element>;
  bind(root: Element): void;
  resume(): void;
  unbind(): void;
}
export declare function patch(prev: VNode | null, next: VNode, ctx?: Context): Node;
/** Installs the keyed children diff (keyed.js calls it; without it children are matched in order). */
export declare function useKeyed(install: (ops: object) => Function): void;
/** True once keyed.js is loaded (importing keyed.js installs keyed reconciliation). */
export declare const keyed: true;
/** Each component instance in the tree of `vnode` (not looking inside components). */
export declare function eachComponent(vnode: VNode, fn: (component: Component) => void): void;
export declare function hydrate(vnode: VNode, element: Element, ctx?: Context): Element;
export declare function hydrate<C extends Component>(cls: new (props?: any, state?: any) => C, element: Element, options?: { props?: object; state?: object }): C;

export declare class Component<P = Record<string, any>, S = Record<string, any>> extends Owner {
  constructor(props?: P | null, state?: S | null);
  props: P;
  state: S;
  refs: Record<string, Element>;
  element: Element | null;
  render(props: P): VNode;
  mount(parent: Element | null, before?: Node | null): this;
  hydrate(element: Element): this;
  unmount(): this;
  setState(partial: Partial<S>): this;
  setStateSync(partial: Partial<S>): this;
  setProps(props: P): this;
  update(): this;
  onUpdate(): void;
}

export interface SubscribeOptions { selector?: ((state: any) => any) | string; immediate?: boolean }

export declare class Module<S = Record<string, any>> extends Owner {
  constructor(screen?: any, state?: S | null);
  screen: any;
  element: Element | null;
  state: S;
  start(element?: Element): this;
  setState(partial: Partial<S>): this;
  batchState(fn: (module: this) => void): this;
  watchState(fn: (value: any) => void, options?: SubscribeOptions): Unsubscribe;
  subscribe(store: { subscribe(fn: (value: any) => void, options?: SubscribeOptions): Unsubscribe }, fn: (value: any) => void, options?: SubscribeOptions): Unsubscribe;
  adoptComponent<C extends Component>(component: C, parent?: Element, before?: Node): C;
}

export declare function deepEqual(a: unknown, b: unknown): boolean;
/** The state core of stores and modules: whole-state replace, batch, subscribe. */
export declare class State<S = Record<string, any>> {
  constructor(initial?: S);
  get(): S;
  get(path: string | string[], fallback?: unknown): any;
  replace(state: S): this;
  batch(fn: (store: this) => void): this;
  subscribe(fn: (value: any) => void, options?: SubscribeOptions | ((state: S) => any)): Unsubscribe;
}
export declare class Store<S = Record<string, any>> extends State<S> {
  set(path: string | string[], value: unknown): this;
  delete(path: string | string[]): this;
  patch(partial: unknown): this;
  update(mutator: (state: S) => S): this;
}
export declare function createStore<S = Record<string, any>>(initial?: S): Store<S>;

export declare class Bus {
  on(event: string, fn: (data: any) => void): Unsubscribe;
  off(event: string, fn: (data: any) => void): void;
  once(event: string, fn: (data: any) => void): Unsubscribe;
  emit(event: string, data?: unknown): number;
  count(event?: string): number;
}
export declare const bus: Bus;

/** `name = ref(selector)` on a Component/Module class: `this.name` is the first matching element inside `this.element`. */
export declare function ref(selector: string): object;

export declare class Registry {
  provide<T>(key: string, value: T, options?: { owner?: Owner; replace?: boolean }): T;
  resolve<T = any>(key: string, fallback?: T): T;
  require<T = any>(key: string): T;
  has(key: string): boolean;
  unregister(key: string): boolean;
  waitFor<T = any>(key: string, options?: { timeout?: number } | number): Promise<T>;
}
export declare const registry: Registry;

type Decorator = <F extends (...args: any[]) => any>(fn: F) => F & { cancel(): void };
export declare function debounce<F extends (...args: any[]) => any>(fn: F, ms: number): F & { cancel(): void };
export declare function debounce(ms: number | { wait: number }): Decorator;
export declare function throttle<F extends (...args: any[]) => any>(fn: F, ms: number): F & { cancel(): void };
export declare function throttle(ms: number | { wait: number }): Decorator;

export interface AnimateOptions { remove?: boolean; keep?: boolean }
export declare function animate(el: Element, className: string, options?: AnimateOptions): Promise<Element>;
export declare function animate(options: string | { className?: string; class_name?: string }): <F extends (...args: any[]) => any>(fn: F) => F;
export declare function animateIn(el: Element, name: string, options?: AnimateOptions): Promise<Element>;
export declare function animateOut(el: Element, name: string, options?: AnimateOptions): Promise<Element>;

export declare function loadImage(img: HTMLImageElement): void;
export declare function lazyImages(root?: Element | Document, options?: { rootMargin?: string; scrollRoot?: Element | null; owner?: Owner }): { scan(): void; stop(): void };
export declare function LazyImage(src: string, attrs?: { placeholder?: string } & Record<string, any>): VNode;

export interface ChunkContext { index: number; start: number; end: number; count: number; element: HTMLElement; signal: AbortSignal; scroller: VirtualScroller }
export interface ChunkSource {
  chunk(i: number, ctx: ChunkContext): Child | Node | Promise<Child | Node>;
  total(): number;
  measure?(): number;
  placeholder?(i: number, ctx: ChunkContext): Child | Node;
  evicted?(i: number, element: HTMLElement): void;
  recycle?(element: HTMLElement, i: number, ctx: ChunkContext): boolean;
}
export interface VirtualOptions { root: Element; chunk?: number; maxChunks?: number; axis?: "y" | "x" | "grid"; itemSize?: number; columns?: number }
export declare class VirtualScroller extends Owner {
  constructor(source: ChunkSource, options: VirtualOptions);
  readonly total: number;
  readonly mounted: number;
  stale: number;
  refresh(): this;
  update(): void;
  scrollToIndex(index: number): void;
}
export declare function virtualScroll(options?: Partial<VirtualOptions> & { root?: Element | string }): <T extends new (...args: any[]) => Owner>(cls: T) => T;

export declare class InfiniteScroll extends Owner {
  constructor(source: { loadMore(page: number): unknown }, options: { container: Element; root?: Element | null; at?: number });
  page: number;
  loading: boolean;
  done: boolean;
  load(): Promise<void>;
}
export declare function infiniteScroll(options?: { container?: string | Element; root?: string | Element; at?: number }): <T extends new (...args: any[]) => Owner>(cls: T) => T;
