// Sigma programs compiled on first use. Sigma compiles every registered program (its defaults
// included) when it is constructed; each costs a shader compile and link, which software WebGL pays
// on the main thread. A lazy program holds the WebGL context until sigma first gives it items to draw
// (reallocate with a capacity), so a type the scene never uses (the default `line` edges, curved
// edges of a graph with no parallel relationships, the hover layer until a hover) costs nothing.
import type Sigma from 'sigma';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';

type Args = [WebGLRenderingContext, WebGLFramebuffer | null, Sigma];

/** The part of a program sigma calls: nothing before the first reallocate with items. */
interface ProgramLike {
  reallocate(capacity: number): void;
  render(params: RenderParams): void;
  kill(): void;
}

class LazyProgram<P extends ProgramLike> {
  protected inner: P | null = null;
  private readonly args: Args;
  private readonly create: (args: Args) => P;

  constructor(args: Args, create: (args: Args) => P) {
    this.args = args;
    this.create = create;
  }

  reallocate(capacity: number): void {
    if (capacity > 0 && this.inner === null) this.inner = this.create(this.args);
    this.inner?.reallocate(capacity);
  }

  render(params: RenderParams): void {
    this.inner?.render(params);
  }

  kill(): void {
    this.inner?.kill();
    this.inner = null;
  }
}

export function lazyNodeProgram(Program: NodeProgramType): NodeProgramType {
  type Inner = InstanceType<NodeProgramType>;
  class LazyNodeProgram extends LazyProgram<Inner> {
    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
      super([gl, pickingBuffer, renderer], (args) => new Program(...args));
    }
    get drawLabel(): Inner['drawLabel'] {
      return this.inner?.drawLabel;
    }
    get drawHover(): Inner['drawHover'] {
      return this.inner?.drawHover;
    }
    process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
      this.inner?.process(nodeIndex, offset, data);
    }
  }
  return LazyNodeProgram as unknown as NodeProgramType;
}

export function lazyEdgeProgram(Program: EdgeProgramType): EdgeProgramType {
  type Inner = InstanceType<EdgeProgramType>;
  class LazyEdgeProgram extends LazyProgram<Inner> {
    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
      super([gl, pickingBuffer, renderer], (args) => new Program(...args));
    }
    get drawLabel(): Inner['drawLabel'] {
      return this.inner?.drawLabel;
    }
    process(
      edgeIndex: number,
      offset: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      this.inner?.process(edgeIndex, offset, sourceData, targetData, data);
    }
  }
  return LazyEdgeProgram as unknown as EdgeProgramType;
}
