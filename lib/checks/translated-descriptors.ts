import type { Entity } from "@/lib/lang/pt/entity-kb";

/** English descriptors of Chinese firms' names, as machine translation renders them in Portuguese. */
const DESCRIPTORS: Record<string, string[]> = {
  Technology: ["Tecnologia"],
  Technologies: ["Tecnologias", "Tecnologia"],
  Robotics: ["Robótica"],
  Energy: ["Energia"],
  Games: ["Jogos"],
  Semiconductor: ["Semicondutores", "Semicondutor"],
  Intelligence: ["Inteligência"],
  Electronics: ["Eletrónica", "Eletrônica"],
};

const TYPES: ReadonlySet<Entity["type"]> = new Set(["company", "investor"]);

/**
 * "Hesai Technology" translated and turned round: "Tecnologia Hesai", "Hesai Tecnologia". Machine translation renders the
 * descriptor of any firm's English name so, listed or not; the forms are derived here rather than written for each entity.
 */
export function translatedDescriptorForms(entity: Entity): string[] {
  if (!TYPES.has(entity.type)) return [];
  const forms: string[] = [];
  for (const name of entity.names) {
    const words = name.split(" ");
    const translations = DESCRIPTORS[words[words.length - 1]];
    if (!translations || words.length < 2 || words.length > 4 || name.includes("&")) continue;
    const core = words.slice(0, -1).join(" ");
    for (const translation of translations) forms.push(`${translation} ${core}`, `${core} ${translation}`);
  }
  return forms;
}
