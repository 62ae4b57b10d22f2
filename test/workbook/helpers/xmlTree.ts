/** An XML part as a plain tree (saxes), for comparing parts element by element in tests. */
import { SaxesParser } from "saxes";

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

export function xmlTree(xml: string | Uint8Array): XmlNode {
  const text = typeof xml === "string" ? xml : new TextDecoder().decode(xml);
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlNode = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: "",
    };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.on("closetag", () => stack.pop());
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(text).close();
  return root.children[0];
}

/** The children of `node` named `name` (prefix included). */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((child) => child.name === name);
}
