/**
 * A smaller Phaser: the game aliases `phaser` to this entry in vite.config.ts. Phaser ships one
 * webpack bundle whose named exports do not tree-shake, so we assemble the namespace from its
 * CommonJS sources ourselves, leaving out physics, tilemaps, sound, particles, video, DOM
 * elements, bitmap text, rope, shaders and noise. Renderers and other switches come from the
 * `typeof FLAG` defines in vite.config.ts.
 *
 * Types still come from phaser.d.ts: anything the game calls that is missing here fails at
 * runtime, which the browser smoke test (test/browser/smoke.test.ts) would catch.
 */
import 'phaser-src/polyfills/requestVideoFrame';
// Factories and creators register `scene.add.*` and `scene.make.*` as they load, and export
// nothing; the game objects without one here cannot be made through `scene.add`.
import Animations from 'phaser-src/animations';
import Cache from 'phaser-src/cache';
import Scene2D from 'phaser-src/cameras/2d';
import CONST from 'phaser-src/const';
import Core from 'phaser-src/core';
import Game from 'phaser-src/core/Game';
import Data from 'phaser-src/data';
import Display from 'phaser-src/display';
import DOM from 'phaser-src/dom';
import Events from 'phaser-src/events';
import Filters from 'phaser-src/filters';
import BuildGameObject from 'phaser-src/gameobjects/BuildGameObject';
import Components from 'phaser-src/gameobjects/components';
import Container from 'phaser-src/gameobjects/container/Container';
import 'phaser-src/gameobjects/container/ContainerCreator';
import 'phaser-src/gameobjects/container/ContainerFactory';
import DisplayList from 'phaser-src/gameobjects/DisplayList';
import GameObjectEvents from 'phaser-src/gameobjects/events';
import GameObject from 'phaser-src/gameobjects/GameObject';
import GameObjectCreator from 'phaser-src/gameobjects/GameObjectCreator';
import GameObjectFactory from 'phaser-src/gameobjects/GameObjectFactory';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics';
import 'phaser-src/gameobjects/graphics/GraphicsCreator';
import 'phaser-src/gameobjects/graphics/GraphicsFactory';
import Image from 'phaser-src/gameobjects/image/Image';
import 'phaser-src/gameobjects/image/ImageCreator';
import 'phaser-src/gameobjects/image/ImageFactory';
import Layer from 'phaser-src/gameobjects/layer/Layer';
import 'phaser-src/gameobjects/layer/LayerCreator';
import 'phaser-src/gameobjects/layer/LayerFactory';
import Arc from 'phaser-src/gameobjects/shape/arc/Arc';
import 'phaser-src/gameobjects/shape/arc/ArcFactory';
import Line from 'phaser-src/gameobjects/shape/line/Line';
import 'phaser-src/gameobjects/shape/line/LineFactory';
import Polygon from 'phaser-src/gameobjects/shape/polygon/Polygon';
import 'phaser-src/gameobjects/shape/polygon/PolygonFactory';
import Rectangle from 'phaser-src/gameobjects/shape/rectangle/Rectangle';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory';
import Shape from 'phaser-src/gameobjects/shape/Shape';
import Triangle from 'phaser-src/gameobjects/shape/triangle/Triangle';
import 'phaser-src/gameobjects/shape/triangle/TriangleFactory';
import Sprite from 'phaser-src/gameobjects/sprite/Sprite';
import 'phaser-src/gameobjects/sprite/SpriteCreator';
import 'phaser-src/gameobjects/sprite/SpriteFactory';
import Text from 'phaser-src/gameobjects/text/Text';
import 'phaser-src/gameobjects/text/TextCreator';
import 'phaser-src/gameobjects/text/TextFactory';
import UpdateList from 'phaser-src/gameobjects/UpdateList';
import Zone from 'phaser-src/gameobjects/zone/Zone';
import 'phaser-src/gameobjects/zone/ZoneCreator';
import 'phaser-src/gameobjects/zone/ZoneFactory';
import Geom from 'phaser-src/geom';
import Input from 'phaser-src/input';
import Loader from 'phaser-src/loader';
import PhaserMath from 'phaser-src/math';
import Plugins from 'phaser-src/plugins';
import Renderer from 'phaser-src/renderer';
import BlendModes from 'phaser-src/renderer/BlendModes';
import ScaleModes from 'phaser-src/renderer/ScaleModes';
import TintModes from 'phaser-src/renderer/TintModes';
import Scale from 'phaser-src/scale';
import Scenes from 'phaser-src/scene';
import Scene from 'phaser-src/scene/Scene';
import Structs from 'phaser-src/structs';
import Textures from 'phaser-src/textures';
import Time from 'phaser-src/time';
import Tweens from 'phaser-src/tweens';
import Utils from 'phaser-src/utils';
import Class from 'phaser-src/utils/Class';

const GameObjects = {
  Events: GameObjectEvents,
  DisplayList,
  GameObjectCreator,
  GameObjectFactory,
  UpdateList,
  Components,
  BuildGameObject,
  GameObject,
  Container,
  Graphics,
  Image,
  Layer,
  Sprite,
  Text,
  Zone,
  Shape,
  Arc,
  Line,
  Polygon,
  Rectangle,
  Triangle,
};

const Phaser = {
  ...CONST,
  Animations,
  BlendModes,
  Cache,
  Cameras: { Scene2D },
  Class,
  Core,
  Data,
  Display,
  DOM,
  Events,
  Filters,
  Game,
  GameObjects,
  Geom,
  Input,
  Loader,
  Math: PhaserMath,
  Plugins,
  Renderer,
  Scale,
  ScaleModes,
  Scene,
  Scenes,
  Structs,
  Textures,
  Time,
  TintModes,
  Tweens,
  Utils,
};

export default Phaser;
